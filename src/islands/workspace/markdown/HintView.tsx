import { Fragment } from 'preact';
import type { ReadabilityHint } from './readability-hint.ts';

/** The plain-language hint as the staff member reads it: the tip, the lists it is cut to, the score, and that it never blocks. */
export function HintView({ hint }: { hint: ReadabilityHint }) {
  return (
    <>
      <p>
        <strong>{hint.tip}</strong> {hint.fine ?? hint.lists[0]?.title}
      </p>
      {hint.lists.map((list, index) => (
        <Fragment key={list.title}>
          {index > 0 && <p>{list.title}</p>}
          <ul>
            {list.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          {list.more && <p>{list.more}</p>}
        </Fragment>
      ))}
      {hint.score && <p>{hint.score}</p>}
      <p>{hint.neverBlocks}</p>
    </>
  );
}
