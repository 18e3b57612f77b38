import { describe, expect, it } from 'vitest';
import { articleFromPlainText } from '../../lib/article/text';

const textOf = (lines: string[]) => articleFromPlainText(lines.join('\n')).text.split('\n\n');

// tests/heldout26/2710-qna-doha-guler-attiyah.txt (a wire story whose «اقرأ أيضاً» lost its link).
const DATELINE = 'الدوحة - قنا';
const P1 = 'اجتمع سعادة الدكتور خالد بن محمد العطية نائب رئيس مجلس الوزراء ووزير الدولة لشؤون الدفاع، اليوم، مع سعادة السيد يشار غولر وزير الدفاع الوطني في الجمهورية التركية، والوفد المرافق له، الذي يزور البلاد حاليا.';
const P2 = 'وجرى خلال الاجتماع، الذي عقد في مقر وزارة الدفاع، استعراض علاقات التعاون الثنائي بين البلدين الشقيقين، خاصة في المجالات العسكرية والدفاعية، وسبل دعمها وتطويرها، إضافة إلى مناقشة آخر المستجدات الإقليمية والدولية.';
const P3 = 'من جانبه، أكد وزير الدفاع التركي أن بلاده تولي أهمية كبيرة لأمن منطقة الخليج، مشيرا إلى أن القوة المشتركة القطرية التركية في الدوحة "تمثل ركيزة للاستقرار الإقليمي". وأضاف غولر أن أنقرة مستعدة لنقل مزيد من الخبرات في مجالي الطائرات المسيرة والأنظمة البحرية.';
const ATTENDED = 'حضر الاجتماع من الجانب القطري سعادة الفريق الركن (طيار) سالم بن حمد النابت رئيس أركان القوات المسلحة القطرية، وسعادة اللواء الركن (بحري) عبدالله بن حسن السليطي قائد القوات البحرية الأميرية القطرية.';
const P5 = 'فيما حضره من الجانب التركي سعادة الفريق أول متين غوراك رئيس الأركان العامة للقوات المسلحة التركية، وسعادة السيد مصطفى غوكسو سفير الجمهورية التركية لدى الدولة.';

describe('a paragraph right after a related-stories heading', () => {
  it('keeps the story paragraph that takes up the words of the paragraphs above the heading', () => {
    const out = textOf([DATELINE, P1, P2, P3, 'اقرأ أيضاً', ATTENDED, P5]);
    expect(out).toContain(ATTENDED);
    expect(out).not.toContain('اقرأ أيضاً');
  });

  it('still drops the ledes of other stories listed there (near miss: nothing of the article in them)', () => {
    const other = [
      'رفضت المحكمة الدستورية في العاصمة طعنا قدمته أحزاب المعارضة على نتائج الانتخابات البلدية الأخيرة.',
      'كشفت هيئة الأرصاد الجوية عن موجة حر شديدة تضرب المناطق الساحلية ابتداء من نهاية الأسبوع.',
    ];
    const out = textOf([DATELINE, P1, P2, P3, 'اقرأ أيضاً', ...other, P5]);
    expect(out).not.toContain(other[0]);
    expect(out).not.toContain(other[1]);
    expect(out).toContain(P5);
  });
});
