#!/usr/bin/env node
// Rewrites a gold folder so that a side's head is not listed again among its members, as the dev corpus (the real
// annotations) marks it: 0 of its 156 members repeat their side's head. Some writers of the invented held-out sets
// listed each head twice (heldout14: 30 of 135 members); the scorer counts (side, person) pairs with the head
// included, so a repeated head is a pair no analyzer output can match. Scoring such a set both ways shows how much of
// its delegation recall is that convention.
//
//   node scripts/eval/dedupe-heads.mjs GOLD_DIR OUT_DIR
//   node ../shared/eval/score.mjs --gold OUT_DIR --cmd "npm run --silent analyze -- --json" --batch
import { rewriteGoldFolder } from './gold-folder.mjs';

const nameOf = (entry) => (typeof entry === 'string' ? entry : entry?.name ?? '');

/** The gold official an English name stands for (its index), or the name itself when no official lists it. */
function personKey(officials, name) {
  const lower = name.toLowerCase();
  const index = officials.findIndex((official) =>
    (official.name_en ?? []).some((spelling) => spelling.toLowerCase() === lower),
  );
  return index >= 0 ? index : lower;
}

/** The side without the members that are its head again; returns the side and how many were dropped. */
export function dedupeHead(side, officials = []) {
  if (!side.head || !side.members) return { side, dropped: 0 };
  const head = personKey(officials, nameOf(side.head));
  const members = side.members.filter((member) => personKey(officials, nameOf(member)) !== head);
  return { side: { ...side, members }, dropped: side.members.length - members.length };
}

function main(args) {
  let dropped = 0;
  let members = 0;
  rewriteGoldFolder('dedupe-heads.mjs', args, (gold) => ({
    ...gold,
    delegations: (gold.delegations ?? []).map((side) => {
      members += side.members?.length ?? 0;
      const result = dedupeHead(side, gold.officials);
      dropped += result.dropped;
      return result.side;
    }),
  }));
  console.log(`${dropped} of ${members} members were their side's head`);
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
