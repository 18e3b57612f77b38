import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { looksArabic } from '@/lib/extension/looks-arabic';
import { WARM_UP_TEXT } from '@/lib/extension/warm-up';
import { analyze } from '@/lib/analyze';

const doc = (html: string) => parseHTML(html).document as unknown as Document;

describe('looksArabic (the document_start check that wakes the background)', () => {
  it('knows an Arabic page from <html lang> or dir before anything else is parsed', () => {
    expect(looksArabic(doc('<html lang="ar-EG"></html>'))).toBe(true);
    expect(looksArabic(doc('<html lang="en-US" dir="rtl"></html>'))).toBe(true);
  });

  it('waits for the head when <html> says nothing, then reads the title and language metadata', () => {
    // As at document_start: the parser has not reached <body> yet (DOM libraries always make one, so a stand-in).
    const html = doc('<html></html>').documentElement;
    const loading = { documentElement: html, body: null, title: 'وزير الخارجية في الرياض' } as unknown as Document;
    expect(looksArabic(loading)).toBeUndefined();
    expect(looksArabic(doc('<html><head><title>وزير الخارجية في الرياض</title></head><body></body></html>'))).toBe(true);
    expect(looksArabic(doc('<html><head><title>Home</title><meta http-equiv="Content-Language" content="ar"></head><body></body></html>'))).toBe(true);
    expect(looksArabic(doc('<html><head><title>Home</title></head><body dir="rtl"></body></html>'))).toBe(true);
  });

  it('says no for a page whose head is complete and neither Arabic nor right-to-left', () => {
    expect(looksArabic(doc('<html lang="en"><head><title>Foreign minister in Riyadh</title></head><body></body></html>'))).toBe(false);
    expect(looksArabic(doc('<html lang="arn"><head><title>Mapudungun</title></head><body></body></html>'))).toBe(false);
  });
});

describe('the warm-up article', () => {
  it('reaches every layer of the engine: officials, quotes and a meeting with two sides', () => {
    const a = analyze(WARM_UP_TEXT);
    expect(a.officials.length).toBeGreaterThanOrEqual(3);
    expect(a.quotes.length).toBeGreaterThanOrEqual(2);
    expect(a.delegations.length).toBeGreaterThanOrEqual(1);
  });
});
