// Plain YAML scalars resolved the way PyYAML's SafeLoader (YAML 1.1) does, because the legacy
// converter we reproduce saw rules through it: `yes` is a boolean, `0777` an octal int, `1:30` a
// sexagesimal int, `08` a string.

export type ScalarType = 'str' | 'int' | 'float' | 'bool' | 'null'

export interface ResolvedScalar {
  type: ScalarType
  /** The value as Python's str() prints it ('True', '7045', '1.0', 'None'); the text itself for str. */
  text: string
  /** Numeric value for int and float. */
  number?: number
  bool?: boolean
}

const BOOL_TRUE = /^(?:yes|Yes|YES|true|True|TRUE|on|On|ON)$/
const BOOL_FALSE = /^(?:no|No|NO|false|False|FALSE|off|Off|OFF)$/
const NULL_RE = /^(?:~|null|Null|NULL|)$/
const INT_RE =
  /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/
const FLOAT_RE =
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/

export function resolvePlainScalar(source: string): ResolvedScalar {
  if (NULL_RE.test(source)) return { type: 'null', text: 'None' }
  if (BOOL_TRUE.test(source)) return { type: 'bool', text: 'True', bool: true }
  if (BOOL_FALSE.test(source)) return { type: 'bool', text: 'False', bool: false }
  if (INT_RE.test(source)) {
    const n = parseYaml11Int(source)
    return { type: 'int', text: bigText(n), number: Number(n) }
  }
  if (FLOAT_RE.test(source)) {
    const n = parseYaml11Float(source)
    return { type: 'float', text: pythonFloatRepr(n), number: n }
  }
  return { type: 'str', text: source }
}

function bigText(n: bigint): string {
  return n.toString()
}

function parseYaml11Int(source: string): bigint {
  let s = source.replace(/_/g, '')
  let sign = 1n
  if (s[0] === '-' || s[0] === '+') {
    if (s[0] === '-') sign = -1n
    s = s.slice(1)
  }
  if (s === '0') return 0n
  if (s.startsWith('0b')) return sign * BigInt(s)
  if (s.startsWith('0x')) return sign * BigInt(s)
  if (s.includes(':')) {
    let value = 0n
    for (const digit of s.split(':')) value = value * 60n + BigInt(digit)
    return sign * value
  }
  if (s[0] === '0') return sign * BigInt('0o' + s.slice(1))
  return sign * BigInt(s)
}

function parseYaml11Float(source: string): number {
  let s = source.replace(/_/g, '').toLowerCase()
  let sign = 1
  if (s[0] === '-' || s[0] === '+') {
    if (s[0] === '-') sign = -1
    s = s.slice(1)
  }
  if (s === '.inf') return sign * Infinity
  if (s === '.nan') return NaN
  if (s.includes(':')) {
    let value = 0
    for (const digit of s.split(':')) value = value * 60 + Number(digit)
    return sign * value
  }
  return sign * Number(s)
}

/** Python's repr() of a float: shortest round-trip digits, '.0' on integers, exponent past 1e16. */
export function pythonFloatRepr(n: number): string {
  if (Number.isNaN(n)) return 'nan'
  if (n === Infinity) return 'inf'
  if (n === -Infinity) return '-inf'
  if (Object.is(n, -0)) return '-0.0'
  const abs = Math.abs(n)
  if (abs !== 0 && (abs >= 1e16 || abs < 1e-4)) {
    const [mantissa, exponent] = n.toExponential().split('e')
    const exp = Number(exponent)
    const expText = (exp < 0 ? '-' : '+') + String(Math.abs(exp)).padStart(2, '0')
    return `${mantissa}e${expText}`
  }
  const text = String(n)
  return text.includes('.') ? text : text + '.0'
}
