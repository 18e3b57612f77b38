import type { Person } from '@/lib/types';
import { personDescription, personTitle } from '@/lib/extension/speakers';

/** People who are not officials (analysts, relatives, witnesses, unnamed sources), with what the article says they are. */
export function PeopleList({ people, quoteCount, onPick }: {
  people: Person[];
  /** How many quotes each person has, by id. */
  quoteCount: (id: string) => number;
  onPick: (p: Person) => void;
}) {
  return (
    <ul class="people">
      {people.map((p) => {
        const description = personDescription(p);
        const n = quoteCount(p.id);
        return (
          <li key={p.id} class={p.named ? 'person' : 'person unnamed'}>
            <button type="button" class="entry" onClick={() => onPick(p)}>
              <span class="name">
                {personTitle(p)}
                {n > 0 && <span class="n"> · {n === 1 ? '1 quote' : `${n} quotes`}</span>}
              </span>
              {description && <span class="role description">{description}</span>}
              {!p.named && <span class="role description">unnamed source</span>}
              <bdi class="ar" dir="rtl" lang="ar">{p.name_ar}</bdi>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
