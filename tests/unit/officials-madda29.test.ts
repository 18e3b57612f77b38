// A foreign given name written with madda whose fold is a particle («آن» is Anne, not «أن»). Sentences of our own.
import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);

describe('a given name written with madda', () => {
  it('reads «آن» after a full role as the given name Anne', () => {
    expect(names('وشاركت في الاجتماع سفيرة بريطانيا لدى الأردن آن ماكينتوش، إلى جانب ممثلي المنظمات.')).toContain('آن ماكينتوش');
    expect(names('واستقبل الوزير المندوبة الكندية آن بيرتون وبحث معها التعاون.')).toContain('آن بيرتون');
  });

  it('leaves the phrase «في آن واحد» and the verb «آن» alone', () => {
    expect(names('وقال وزير الخارجية أيمن الصفدي إن البلدين يواجهان التحديين في آن واحد.')).toEqual(['أيمن الصفدي']);
    expect(names('وقال الرئيس محمود عباس إنه آن الأوان لإنهاء الاحتلال.')).toEqual(['محمود عباس']);
  });
});
