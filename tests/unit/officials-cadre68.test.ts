import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

// «القيادي في …»: a party's or a movement's cadre, named after his place in the body. Only with the article is the word
// the title; without it it describes the noun before it («عضو قيادي», «منصب قيادي») or an unnamed source. (Invented
// sentences.)
describe('a cadre of a party or a movement', () => {
  const find = (text: string) => findOfficials(text).map((o) => `${o.name_ar} | ${o.role_en}`);
  it('is an official of the body he leads in', () => {
    expect(find('وقال القيادي في حزب الاستقلال سمير الوردي إن الحزب سيشارك في الانتخابات.').join('\n')).toMatch(/^سمير الوردي \| Leader .*Party/m);
    expect(find('وقالت القيادية في جبهة التحرير منى السالمي إن الجبهة ترفض الاتفاق.').join('\n')).toMatch(/^منى السالمي \| Leader/m);
  });
  it('is no title without the article', () => {
    expect(find('وقال قيادي في الحزب إن الاجتماع تأجل.')).toEqual([]);
    expect(find('وتولى سمير الوردي منصبا قياديا في الحزب منذ سنوات.')).toEqual([]);
    expect(find('وأكد عضو قيادي في الحزب سمير الوردي أن الاجتماع تأجل.').join('\n')).not.toMatch(/Member of the Leader/);
  });
});
