import { expect, it } from 'vitest'
import { offsetToLineColumn } from './text-position'

it('counts lines and columns from 1', () => {
  const text = 'ab\ncd\r\nef\rg'
  expect(offsetToLineColumn(text, 0)).toEqual({ line: 1, column: 1 })
  expect(offsetToLineColumn(text, 4)).toEqual({ line: 2, column: 2 })
  expect(offsetToLineColumn(text, 7)).toEqual({ line: 3, column: 1 })
  expect(offsetToLineColumn(text, 10)).toEqual({ line: 4, column: 1 })
})

it('clamps offsets outside the text', () => {
  expect(offsetToLineColumn('ab\nc', 99)).toEqual({ line: 2, column: 2 })
  expect(offsetToLineColumn('ab', -5)).toEqual({ line: 1, column: 1 })
})
