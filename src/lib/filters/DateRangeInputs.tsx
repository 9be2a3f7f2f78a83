import type { DateRange } from './dateRange';

interface Props {
  /** Prefix of the two input ids (`<prefix>-from`, `<prefix>-to`), unique on the page. */
  idPrefix: string;
  range: DateRange;
  onChange: (range: DateRange) => void;
  labelClassName: string;
  inputClassName: string;
}

/** The From / To date inputs every date-filtered page shows; an emptied input clears that end. */
export function DateRangeInputs({ idPrefix, range, onChange, labelClassName, inputClassName }: Props) {
  return (
    <>
      <div>
        <label htmlFor={`${idPrefix}-from`} className={labelClassName}>
          From
        </label>
        <input id={`${idPrefix}-from`} type="date" className={inputClassName} value={range.from ?? ''} onChange={(e) => onChange({ from: e.target.value || null, to: range.to })} />
      </div>
      <div>
        <label htmlFor={`${idPrefix}-to`} className={labelClassName}>
          To
        </label>
        <input id={`${idPrefix}-to`} type="date" className={inputClassName} value={range.to ?? ''} onChange={(e) => onChange({ from: range.from, to: e.target.value || null })} />
      </div>
    </>
  );
}
