import { describe, expect, it } from 'vitest';
import { findOfficials } from '../../lib/officials';

// Round 59, officials recall: right after a full role, a given name that is a common word too («أمين», «كريم»)
// followed by a family name that is a word too («سلام», «نور») is the name when the pair closes (punctuation, the
// end, or «إن/أن» of a saying); an office's construct after the head («أمين عام», «أمين سر») stays no name.

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);

describe('a given name that is a word too, with a family name that is one too, after a full role', () => {
  // Written for the test.
  it('reads the pair before «إن»', () => {
    expect(names('وقال وزير الصناعة أمين سلام إن المصانع ستعود إلى العمل الأسبوع المقبل.')).toContain('أمين سلام');
  });

  // Written for the test.
  it('reads the pair before a comma', () => {
    expect(names('وأكد وزير الزراعة كريم نور، خلال جولة ميدانية، أن الموسم جيد.')).toContain('كريم نور');
  });

  // Written for the test.
  it('reads no name in an office after the head', () => {
    const found = names('وقال وزير الصناعة أمين عام الحزب إن المصانع ستعود إلى العمل.');
    expect(found).not.toContain('أمين عام');
  });
});
