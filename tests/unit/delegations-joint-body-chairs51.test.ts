import { describe, expect, it } from 'vitest';
import { sides } from './helpers/delegations';

// Round 51, delegations: a joint committee's session opened by a verb that is no meeting verb («اختتمت»، «انطلقت»)
// and chaired «برئاسة X، و[title of another country] Y», where the first chair's title names no country (the host's own
// minister): the chairs of a joint body are of its two sides, so the article is about their meeting.

describe('co-chairs of a joint body, the first of no stated country', () => {
  // Petra, 27 November (heldout23 2419), the lead and the lists after it.
  it('seats each chair at the head of his side and the lists under them', () => {
    const text =
      'عمان 27 تشرين الثاني (بترا)- اختتمت في عمان اليوم الاثنين أعمال الدورة الثانية للجنة الأردنية الأوزبكية المشتركة للتعاون الاقتصادي والتجاري والفني، برئاسة وزير الصناعة والتجارة والتموين يوسف الشمالي، ووزير الاستثمار والصناعة والتجارة الأوزبكي لازيز قدراتوف.\n\n' +
      'وشارك في أعمال اللجنة من الجانب الأردني وزير الزراعة المهندس خالد الحنيفات، ووزيرة الاستثمار خلود السقاف.\n\n' +
      'فيما ضم الجانب الأوزبكي نائب وزير الزراعة شوكت عليموف، وسفير جمهورية أوزبكستان في عمان عبد الرحمن بيكوف.';
    const found = sides(text);
    expect(found['Jordan']).toEqual(expect.arrayContaining(['*يوسف الشمالي', 'خالد الحنيفات', 'خلود السقاف']));
    expect(found['Uzbekistan']).toEqual(expect.arrayContaining(['*لازيز قدراتوف', 'شوكت عليموف', 'عبد الرحمن بيكوف']));
  });

  // Written for the test: with no joint body named (a forum, not «المشتركة»), a minister of no stated country and a
  // foreign one after him are not read as the chairs of two sides.
  it('does not pair a chair with a foreign official when no joint body is named', () => {
    const text =
      'عمان 27 تشرين الثاني (بترا)- اختتمت في عمان اليوم الاثنين أعمال منتدى الاستثمار الدولي، برئاسة وزير الصناعة والتجارة والتموين يوسف الشمالي، ووزير الاستثمار والصناعة والتجارة الأوزبكي لازيز قدراتوف.';
    expect(sides(text)).toEqual({});
  });
});
