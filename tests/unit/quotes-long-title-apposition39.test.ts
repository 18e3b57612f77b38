import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const LEAD = 'أبوجا - أجلت نيجيريا الانتخابات الرئاسية.\n\n';
const quotesOf = (text: string) => analyze(LEAD + text).quotes.map((q) => q.text);

describe('a title of more than six words, then the official\'s name between commas: the subject, not the words', () => {
  it('opens the words after the name in apposition', () => {
    const q = quotesOf('كما دعت رئيسة بعثة مراقبي المجموعة الاقتصادية لدول غرب أفريقيا (إيكواس)، الرئيسة الليبيرية السابقة إلين جونسون سيرليف، المرشحين إلى احترام الموعد الجديد.');
    expect(q).toEqual(['المرشحين إلى احترام الموعد الجديد']);
  });

  it('leaves a long title with no name after it as it was', () => {
    const q = quotesOf('ودعت رئيسة بعثة مراقبي المجموعة الاقتصادية لدول غرب أفريقيا، في بيان، المرشحين إلى احترام الموعد الجديد.');
    expect(q.some((t) => t.startsWith('رئيسة'))).toBe(false);
  });
});
