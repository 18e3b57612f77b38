/**
 * A name read past a known person's full spelling into the next words: «هنأ الرئيس الروسي فلاديمير بوتين جباروف»
 * (Putin congratulated Japarov), «الفريق أول ركن عبد الفتاح البرهان عبد الرحمن» (Burhan, his father's name after it).
 * The run is the known person where the words after the known spelling are another person the article names (it is
 * cut at the known spelling), or where the article names the known person elsewhere too (the whole run, as written).
 * Not before «بن» and its kin, nor after them: a longer chain is another person of the family («محمد بن عبدالرحمن بن
 * عبدالعزيز»).
 */
import type { Detection } from '../officials/link';
import type { Scan } from '../officials/scan';

/** The links of a nasab chain and of a family's name: after them the name goes on to another person of the family. */
const CHAIN = /^(?:بن|ابن|بنت|ولد|ال)$/;

/** The name ends with these words: the tail is another person's family name, or the whole of it. */
const endsWith = (name: readonly string[], tail: readonly string[]) => name.length >= tail.length && tail.every((w, k) => w === name[name.length - tail.length + k]);

export function cutAtKnownHead(s: Scan, detections: Detection[]): void {
  for (const d of detections) {
    const name = d.name;
    if (!name || d.known || name.end - name.start < 3) continue;
    const m = s.knownAt(name.start, !!d.title);
    if (!m || m.length < 2 || m.length >= name.end - name.start) continue;
    const tailStart = name.start + m.length;
    // (A known spelling with «بن» is a given name and a father's: «عبدالله بن عبدالعزيز الربيعة» bears a family name
    // of his own after them.)
    if (s.norms.slice(name.start, tailStart).some((w) => CHAIN.test(w)) || CHAIN.test(s.norms[tailStart]!) || s.words[tailStart]!.punctBefore) continue;
    const tail = s.norms.slice(tailStart, name.end);
    const namedElsewhere = detections.some((o) => o !== d && o.known?.id === m.person.id);
    const tailIsAnother = detections.some((o) => o !== d && !!o.name && (o.name.start >= name.end || o.name.end <= name.start) && o.known?.id !== m.person.id && endsWith(o.name.norms, tail));
    if (!namedElsewhere && !tailIsAnother) continue;
    d.known = m.person;
    // (The words after the known spelling stay where they are the person's own: «غابرييل بوريك فونت» as written.)
    if (!tailIsAnother) continue;
    if (d.end === name.end) d.end = tailStart;
    d.name = { ...name, end: tailStart, norms: name.norms.slice(0, name.norms.length - tail.length) };
  }
}
