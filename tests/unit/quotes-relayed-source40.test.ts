import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words))?.speaker_ar;

describe('words an outlet relays from someone («عن»)', () => {
  it('are the official named after their title, not the agency\'s', () => {
    const text = 'تتواصل الأزمة الحكومية في لبنان.\n\nونقلت الوكالة عن رئيس الوزراء نجيب ميقاتي أن الحكومة ستستقيل.';
    expect(speakerOf(text, 'الحكومة ستستقيل')).toBe('نجيب ميقاتي');
  });

  it('are the source\'s after «بحسب ما نقلت … عن», not the agency\'s', () => {
    const text = 'تتواصل الأزمة الحكومية في لبنان.\n\nوبحسب ما نقلت الوكالة عن مصادر مطلعة، فإن الاتفاق «بات وشيكا».';
    expect(speakerOf(text, 'بات وشيكا')).toBe('مصادر مطلعة');
  });

  it('are the official\'s after «بحسب ما نقلته … عن»', () => {
    const text = 'تتواصل الأزمة الحكومية في لبنان.\n\nوبحسب ما نقلته الوكالة عن رئيس الوزراء نجيب ميقاتي، فإن الاتفاق «بات وشيكا».';
    expect(speakerOf(text, 'بات وشيكا')).toBe('نجيب ميقاتي');
  });

  it('leave the outlet speaking when it relays nobody', () => {
    const text = 'تتواصل الأزمة الحكومية في لبنان.\n\nوبحسب ما نقلت وكالة رويترز، فإن الاتفاق «بات وشيكا».';
    expect(speakerOf(text, 'بات وشيكا')).toBe('وكالة رويترز');
  });
});
