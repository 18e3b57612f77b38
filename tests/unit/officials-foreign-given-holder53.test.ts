// The holder's name after an office's words the grammar did not read, opened by a foreign given name the name sources
// list, whose later word the lexicon reads as a word. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);

describe('a foreign given name opening a holder after unread office words', () => {
  it('reads the name closing at «إن» though its last word reads as a word', () => {
    expect(names('وقال رئيس اتحاد أوغندا لألعاب القوى جاكسون تووي إن الاتحاد يتعاون مع المحققين.')).toContain('جاكسون تووي');
  });

  it('reads a given name written with madda («آن») before a comma', () => {
    expect(names('وحذرت رئيسة مجلس حكام الولايات آن وايغورو، من تعطيل المستشفيات.')).toContain('آن وايغورو');
  });

  it('does not take a reporting verb after the given name for its family name', () => {
    expect(names('وكان رئيس اتحاد أوغندا لألعاب القوى جاكسون قال إن الاتحاد يتعاون.').some((n) => n.includes('قال'))).toBe(false);
  });
});
