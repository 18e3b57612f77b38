import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const LEAD = 'الخرطوم - اندلعت اشتباكات عنيفة في العاصمة.\n\n';
const quotesOf = (text: string) => analyze(LEAD + text).quotes.map((q) => q.text);

describe('the outlet spoken to in quotation marks, then a source asking not to be named, then إن', () => {
  it('reads the words after إن, not the outlet\'s name', () => {
    const q = quotesOf('وقال مصدر عسكري رفيع لـ«الشرق الأوسط»، طالباً عدم الإشارة إلى اسمه، إن «سلاح الجو نفذ ضربات على معسكرات في أم درمان».');
    expect(q).toEqual(['«سلاح الجو نفذ ضربات على معسكرات في أم درمان»']);
  });

  it('still reads the outlet\'s name when the complementizer follows it', () => {
    const q = quotesOf('وقال مصدر عسكري لـ«الشرق الأوسط» إن «الجيش سيطر على الموقف».');
    expect(q).toEqual(['«الجيش سيطر على الموقف»']);
  });
});
