import type { Delegation, DelegationMember } from '@/lib/types';
import { Flag } from './Flag';

export interface DelegationsProps {
  delegations: Delegation[];
  onPick: (member: DelegationMember) => void;
}

/** The sides of a meeting as columns, each headed by the side's English name and flag, the head first. */
export function DelegationColumns({ delegations, onPick }: DelegationsProps) {
  return (
    <div class="delegations" style={{ gridTemplateColumns: `repeat(${Math.max(1, delegations.length)}, minmax(0, 1fr))` }}>
      {delegations.map((d, i) => {
        const members = [...d.members].sort((a, b) => Number(b.head) - Number(a.head));
        return (
          <section class="side" key={`${d.side_en}-${i}`} aria-label={`Delegation: ${d.side_en}`}>
            <h3>
              <Flag code={d.country} />
              {d.country ? ' ' : ''}{d.side_en}
              <span class="n"> ({members.length})</span>
            </h3>
            <ol>
              {members.map((m, j) => (
                <li key={`${m.name_ar}-${j}`} class={m.head ? 'member head' : 'member'}>
                  <button type="button" class="entry" onClick={() => onPick(m)}>
                    <span class="name">{m.name_en}{m.head && <span class="badge"> head</span>}</span>
                    {m.role_en && <span class="role">{m.role_en}</span>}
                    <bdi class="ar" dir="rtl" lang="ar">{m.name_ar}</bdi>
                  </button>
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
