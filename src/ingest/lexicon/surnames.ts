/**
 * Family names that Chinese and Korean names put first ("Wang Yi", "Liu He", "Yoon Suk Yeol").
 * A later mention by the family name alone ("Wang said") is that person's, although it is the
 * first part of the full name, not the last. Common romanizations only; a name that is also an
 * English given or family name ("Lee", "Young", "Long") is left out, since in an English name it
 * comes first without being a family name.
 */
export const SURNAME_FIRST = new Set([
  'wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu',
  'hu', 'guo', 'he', 'lin', 'gao', 'luo', 'zheng', 'liang', 'xie', 'song', 'tang', 'han', 'feng', 'deng',
  'cao', 'peng', 'zeng', 'xiao', 'tian', 'dong', 'pan', 'yuan', 'cai', 'jiang', 'yu', 'du', 'ye', 'cheng',
  'wei', 'su', 'lu', 'ding', 'ren', 'shen', 'yao', 'qin', 'kong', 'fu', 'wen', 'xi', 'qian', 'bai', 'geng',
  'kim', 'park', 'choi', 'jeong', 'jung', 'kang', 'cho', 'yoon', 'jang', 'lim', 'shin', 'oh', 'seo', 'kwon',
  'hwang', 'ahn', 'yoo', 'hong', 'moon', 'ban',
]);
