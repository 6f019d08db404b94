import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { englishSyllables, readability, spanishSyllables } from '../../../scripts/readability.js';

describe('readability (npm run reading-level)', () => {
  it('counts syllables closely enough in English and Spanish', () => {
    const english = { the: 1, trafficking: 3, definition: 4, table: 2, hotline: 2, evidence: 3, made: 1 };
    for (const [word, count] of Object.entries(english)) assert.equal(englishSyllables(word), count, word);
    const spanish = { trata: 2, personas: 3, coerción: 3, pruebas: 2, leer: 2, ley: 1, frontera: 3 };
    for (const [word, count] of Object.entries(spanish)) assert.equal(spanishSyllables(word), count, word);
  });

  it('grades plain text low and dense text high, as the formulas do', () => {
    const plain = readability('The law is new. It helps kids. We read it in class.', 'en');
    const dense = readability(
      'Notwithstanding contemporaneous congressional reauthorizations, administrative implementation of extraterritorial jurisdictional provisions remained inconsistent.',
      'en',
    );
    assert.ok(plain.score < 3, `plain: ${plain.score}`);
    assert.ok(dense.score > 16, `dense: ${dense.score}`);
    assert.equal(plain.sentences, 3);
    const facil = readability('La ley es nueva. Ayuda a los niños. La leemos en clase.', 'es');
    assert.equal(facil.lang, 'es');
    assert.ok(facil.score > 80, `es: ${facil.score}`);
  });
});
