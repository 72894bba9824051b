import type { BlockOption } from '../../blocks/types';

/** An option's icon, title and detail; the title alone is its accessible name. */
export function OptionLabel({ option, id }: { option: BlockOption; id: string }) {
  return (
    <>
      <span className="inserter-icon" aria-hidden="true">
        {option.icon}
      </span>
      <span className="inserter-text">
        <span id={id} className="inserter-title">
          {option.title}
        </span>
        {option.detail && <span className="inserter-detail">{option.detail}</span>}
      </span>
    </>
  );
}
