import { describe, expect, it } from 'vitest';
import { sideOf, sides } from './helpers/delegations';

// Round 35, delegation recall: members the officials layer finds but the sides left out.

// Written for the test (Anadolu's style): «جاء ذلك خلال استقباله نظيره X»: right after the meeting's own possessive noun,
// the counterpart is the one received, the head of the other side.
describe('findDelegations: the counterpart received right after a possessive meeting noun', () => {
  it('seats «نظيره الألباني X» as the guest side\'s head', () => {
    const text = [
      'أكد رئيس البرلمان التركي مصطفى شنطوب، الثلاثاء، وقوف بلاده إلى جانب ألبانيا.',
      'جاء ذلك خلال استقباله نظيره الألباني غراموز روتشي، والوفد المرافق له، في مقر البرلمان بالعاصمة أنقرة.',
      'وقال شنطوب في مؤتمر صحفي مشترك عقب اللقاء إن البلدين يرتبطان بعلاقات تاريخية.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'غراموز روتشي')).toBe('Albania');
    expect(sideOf(found, 'مصطفى شنطوب')).toBe('Turkey');
  });
});

// Written for the test: «بينما ترأست وزيرة الخارجية X وفد السودان»: the verb of leading, its leader, then the delegation.
describe('findDelegations: a leader named between the verb of leading and the delegation he leads', () => {
  it('heads the Sudanese delegation with the minister named before «وفد السودان»', () => {
    const text = [
      'واشنطن - عقد وزراء خارجية مصر والسودان وإثيوبيا اجتماعا في واشنطن لبحث أزمة سد النهضة.',
      'وضم وفد مصر وزير الخارجية سامح شكري ووزير الموارد المائية والري محمد عبد العاطي، بينما ترأست وزيرة الخارجية أسماء محمد عبد الله وفد السودان الذي ضم وزير الري والموارد المائية ياسر عباس.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'أسماء محمد عبد الله')).toBe('Sudan');
    expect(sideOf(found, 'ياسر عباس')).toBe('Sudan');
    expect(sideOf(found, 'سامح شكري')).toBe('Egypt');
  });
  it('leaves a chairing verb whose leaders are followed by a meeting noun to the co-chairs', () => {
    const text = 'الدوحة - ترأس أمير قطر الشيخ تميم بن حمد آل ثاني والرئيس التركي رجب طيب أردوغان الاجتماع الرابع للجنة الاستراتيجية العليا بين البلدين.';
    const found = sides(text);
    expect(sideOf(found, 'رجب طيب أردوغان')).not.toBe(sideOf(found, 'تميم بن حمد آل ثاني'));
  });
});

// Written for the test: «بحضور X والوفد المرافق للوزير المصري الذي يضم Y»: the one accompanied is named after the
// marker, by his title; the one named before «والوفد» attended and leads nothing.
describe('findDelegations: the delegation accompanying one named after «المرافق لـ»', () => {
  it('seats the delegation with the guest named by title, not with the host\'s official before it', () => {
    const text = [
      'عمان 12 مارس (بترا) - أكد نائب رئيس الوزراء وزير الخارجية أيمن الصفدي أهمية العلاقات مع مصر، وذلك خلال لقائه اليوم نظيره المصري سامح شكري الذي يزور المملكة.',
      'وجرى اللقاء بحضور أمين عام وزارة الخارجية زيد اللوزي والوفد المرافق للوزير المصري الذي يضم مساعد وزير الخارجية السفير علاء يوسف.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'علاء يوسف')).toBe(sideOf(found, 'سامح شكري'));
    expect(sideOf(found, 'زيد اللوزي')).toBe(sideOf(found, 'أيمن الصفدي'));
  });
  it('keeps «X والوفد المرافق له» accompanying X', () => {
    const text = [
      'عمان 12 مارس (بترا) - استقبل نائب رئيس الوزراء وزير الخارجية أيمن الصفدي اليوم وزير الخارجية المصري سامح شكري والوفد المرافق له الذي يضم مساعد وزير الخارجية السفير علاء يوسف.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'علاء يوسف')).toBe(sideOf(found, 'سامح شكري'));
  });
});

// Written for the test (QNA's lede without its commas): «عقد … تميم بن حمد آل ثاني أمير البلاد المفدى وفخامة الرئيس Y
// … جلسة مباحثات»: a leader's honorific after و opens the next party even with no comma before it.
describe('findDelegations: two leaders joined by «وفخامة» with no comma', () => {
  it('seats both heads of the talks', () => {
    const text = [
      'الدوحة في 5 مارس /قنا/ عقد حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى وفخامة الرئيس بول كاغامي رئيس جمهورية رواندا جلسة مباحثات رسمية بالديوان الأميري صباح اليوم.',
      'حضر جلسة المباحثات عدد من أصحاب السعادة الشيوخ والوزراء، ومن الجانب الرواندي عدد من أعضاء الوفد الرسمي المرافق لفخامته بينهم وزير الخارجية فنسنت بيروتا.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'تميم بن حمد آل ثاني')).toBe('Qatar');
    expect(sideOf(found, 'بول كاغامي')).toBe('Rwanda');
    expect(sideOf(found, 'فنسنت بيروتا')).toBe('Rwanda');
  });
});

// Written for the test: «استقبل X وفدا من مجلس الشورى السعودي برئاسة Y ويضم A وB»: the delegation just named, led by Y,
// comprises A and B even with no comma before the verb of comprising.
describe('findDelegations: «برئاسة Y ويضم …» with no comma', () => {
  it('seats the members with the delegation\'s head', () => {
    const text = [
      'عمان (بترا) - استقبل رئيس مجلس النواب أحمد الصفدي اليوم وفدا من مجلس الشورى السعودي برئاسة نائب رئيس المجلس عبدالله بن محمد المعطاني ويضم عضوي المجلس فيصل آل فاضل وحنان الأحمدي.',
      'وحضر اللقاء النائب الأول لرئيس مجلس النواب مازن القاضي.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'فيصل آل فاضل')).toBe(sideOf(found, 'عبدالله بن محمد المعطاني'));
    expect(sideOf(found, 'حنان الأحمدي')).toBe(sideOf(found, 'عبدالله بن محمد المعطاني'));
    expect(sideOf(found, 'مازن القاضي')).toBe(sideOf(found, 'أحمد الصفدي'));
  });
  it('reads «برئاسة Y يضم …» (no «و») the same way', () => {
    const text = 'عمان (بترا) - استقبل رئيس مجلس النواب أحمد الصفدي اليوم وفدا من مجلس الشورى السعودي برئاسة نائب رئيس المجلس عبدالله بن محمد المعطاني يضم عضوي المجلس فيصل آل فاضل وحنان الأحمدي.';
    const found = sides(text);
    expect(sideOf(found, 'فيصل آل فاضل')).toBe(sideOf(found, 'عبدالله بن محمد المعطاني'));
    expect(sideOf(found, 'فيصل آل فاضل')).not.toBe(sideOf(found, 'أحمد الصفدي'));
  });
});

// Written for the test: «وصل X إلى عمان اليوم على رأس وفد رفيع يضم A وB»: those the delegation comprises travel with the
// one at its head.
describe('findDelegations: «على رأس وفد … يضم …»', () => {
  it('seats the delegation with the one at its head', () => {
    const text = [
      'عمان (بترا) - وصل وزير الخارجية المصري سامح شكري إلى عمان اليوم على رأس وفد رفيع يضم مساعد وزير الخارجية علاء يوسف ورئيس قطاع الشؤون العربية حسام زكي.',
      'والتقى شكري نائب رئيس الوزراء وزير الخارجية أيمن الصفدي.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'علاء يوسف')).toBe(sideOf(found, 'سامح شكري'));
    expect(sideOf(found, 'حسام زكي')).toBe(sideOf(found, 'سامح شكري'));
    expect(sideOf(found, 'أيمن الصفدي')).not.toBe(sideOf(found, 'سامح شكري'));
  });
});
