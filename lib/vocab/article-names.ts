/**
 * The finder's small name table (assets/article-names.json, built by npm run build:data from the name dictionaries):
 * the content script runs the finder on every page and cannot carry the engine's 0.8 MB of names.
 */
import data from '../../assets/article-names.json';
import { bloomBytes, bloomHas, type BloomData } from './bloom';

const wawFa = new Set((data.wawFaGivenNames as string).split(' '));
const given = data.givenNames as BloomData;
/** Decoded at the first look-up, not when the content script loads: most pages it runs on have no Arabic to read. */
let givenBits: Uint8Array | null = null;

/** A given name that opens with و or ف where the word without that letter is no name («وليد», «فيصل»). */
export const isWawFaGivenName = (norm: string): boolean => wawFa.has(norm);

/** A given name of some name list (Arabic names, common given names of every origin); about 1 % false positives. */
export const isGivenName = (norm: string): boolean => bloomHas(given, (givenBits ??= bloomBytes(given)), norm);
