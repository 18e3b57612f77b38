import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const seated = (text: string) => analyze(text).delegations.flatMap((d) => d.members.map((m) => m.name_ar));

describe('a meeting told as a habit («سنويا»، «مرات عدة»)', () => {
  it('seats no one of a committee that meets every year under two leaders', () => {
    const text = 'التقى وزير الدفاع الكويتي فهد العلي نظيره الأردني حسن المجالي في الكويت اليوم، وبحثا التعاون العسكري بين البلدين.\n\n'
      + 'ويرتبط البلدان باتفاقية تعاون دفاعي، فيما تجتمع اللجنة العليا المشتركة سنويا برئاسة الملك عبدالله الثاني وأمير الكويت مشعل الأحمد الجابر الصباح.';
    const people = seated(text);
    expect(people).toContain('فهد العلي');
    expect(people).toContain('حسن المجالي');
    expect(people).not.toContain('عبدالله الثاني');
    expect(people).not.toContain('مشعل الأحمد الجابر الصباح');
  });

  it('seats no one met on visits made many times before', () => {
    const text = 'التقى وزير الداخلية العراقي عبد الأمير الشمري نظيره التركي علي يرلي كايا في بغداد اليوم، وبحثا ضبط الحدود.\n\n'
      + 'وشهدت العلاقات بين البلدين تقاربا منذ سنوات، إذ زار الشمري أنقرة مرات عدة، والتقى خلالها رئيس جهاز الاستخبارات التركي إبراهيم قالن.';
    const people = seated(text);
    expect(people).toContain('عبد الأمير الشمري');
    expect(people).toContain('علي يرلي كايا');
    expect(people).not.toContain('إبراهيم قالن');
  });
});

describe('«، وذلك» after the opener of those taking part', () => {
  it('closes the list before the clause names the leaders whose agreement the talks carry out', () => {
    const text = 'انطلقت اليوم في الخرطوم جولة جديدة من المفاوضات حول مياه النهر بمشاركة وزراء الري في الدول الثلاث، وذلك تنفيذا لما اتفق عليه الرئيس المصري عبد الفتاح السيسي ورئيس الوزراء الإثيوبي آبي أحمد في يوليو الماضي.\n\n'
      + 'وترأس الوفد المصري وزير الري هاني سويلم، فيما ترأس الوفد الإثيوبي وزير المياه هابتامو إيتيفا.';
    const people = seated(text);
    expect(people).toContain('هاني سويلم');
    expect(people).toContain('هابتامو إيتيفا');
    expect(people).not.toContain('عبد الفتاح السيسي');
    expect(people).not.toContain('آبي أحمد');
  });
});
