import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);

describe('a conjoined region in the dual or plural closing the title', () => {
  it('is left out of the name after it', () => {
    expect(names('وقال وزير الدولة لشؤون أوروبا والأميركيتين آلان دنكن إن الحكومة ممتنة.')).toContain('آلان دنكن');
    expect(names('وقال المبعوث الخاص لشؤون آسيا والكوريتين جون سميث إن المحادثات مستمرة.')).toContain('جون سميث');
  });
  it('leaves a foreign name that starts with «وال» alone', () => {
    expect(names('وقال وزير الخارجية الألماني فرانك فالتر شتاينماير إن بلاده قلقة.').some((n) => n.includes('شتاينماير'))).toBe(true);
  });
});
