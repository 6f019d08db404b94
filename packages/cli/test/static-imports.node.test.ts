import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { staticImportGraph, staticImports } from '../src/static-imports.js';

describe('staticImports', () => {
  it('finds every form of a static import, and no dynamic one', () => {
    const code =
      'import"./a.js";import{b as c}from"./b.js";import d from"./d.js";import*as e from"./e.js";' +
      'import f,{g}from"../f.js";const h=import("./h.js");import i from"lit";';
    assert.deepEqual(staticImports(code), ['./a.js', './b.js', './d.js', './e.js', '../f.js']);
  });
});

describe('staticImportGraph', () => {
  it('follows chunks that import chunks, each once, and not the dynamic ones', () => {
    const files = [
      { path: 'assets/lessonkit.js', text: 'import{a}from"./chunks/one.js";import("./chunks/lms.js");' },
      { path: 'assets/chunks/one.js', text: 'import{b}from"./two.js";import"./one.js";' },
      { path: 'assets/chunks/two.js', text: 'import{c}from"./one.js";' },
      { path: 'assets/chunks/lms.js', text: 'import{a}from"./one.js";' },
    ];
    assert.deepEqual(staticImportGraph('assets/lessonkit.js', files), ['assets/chunks/one.js', 'assets/chunks/two.js']);
  });
});
