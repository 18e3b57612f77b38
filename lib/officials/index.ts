/**
 * Everyone an article names, in four stages: read the article (scan), find candidates (titled names, known names),
 * group them into persons with every mention (link), and tell officials from people (classify).
 */
import { normalize } from '../arabic/normalize';
import type { Official, PersonalEntry } from '../types';
import { readCandidates } from './candidates';
import { classify, type NamedPeople } from './classify';
import { buildPersons } from './link';
import { scanText } from './scan';
import { completeNamesBySurnameRepeated } from '../people/repeated-surname';
import { nameOfficesBySpeakerRepeated } from '../people/titled-name-repeated';
import { nameOfficesByNameShape } from '../people/titled-name-shape';
import { cutAtKnownHead } from '../people/known-head';
import { dropNonNames, widenNasabFragments } from '../people/not-a-name';

export { parseTitle } from './titles';
export { toWords } from './words';
export { startsTitle } from './names';

/**
 * Everyone the article names: officials, and people who hold no office (analysts, journalists, relatives); `seats`, the
 * country to show for officials the article places nowhere (./seat), once the other layers have read the stated ones.
 */
export function findNamedPeople(text: string, personal: PersonalEntry[] = []): NamedPeople {
  const scan = scanText(text);
  const detections = readCandidates(scan);
  nameOfficesBySpeakerRepeated(scan.words, scan.norms, detections);
  nameOfficesByNameShape(scan.words, scan.norms, detections);
  completeNamesBySurnameRepeated(scan.words, scan.norms, detections);
  widenNasabFragments(scan.words, scan.norms, detections);
  cutAtKnownHead(scan, detections);
  dropNonNames(scan.words, scan.norms, detections);
  const persons = buildPersons(scan.words, scan.norms, detections, personal.map((p) => ({ ...p, norm: normalize(p.name_ar) })));
  return classify(scan, persons);
}

/** Officials of an article. */
export function findOfficials(text: string, personal: PersonalEntry[] = []): Official[] {
  return findNamedPeople(text, personal).officials;
}
