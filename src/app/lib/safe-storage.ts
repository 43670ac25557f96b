/**
 * localStorage when the browser allows it; otherwise (blocked storage, tests in Node) a Map, so
 * preferences still work for the session instead of failing on every write.
 */
export function safeLocalStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  try {
    const storage = globalThis.localStorage
    if (storage) return storage
  } catch {
    // Accessing localStorage throws when the user blocked site data.
  }
  const memory = new Map<string, string>()
  return {
    getItem: (key) => memory.get(key) ?? null,
    setItem: (key, value) => void memory.set(key, value),
    removeItem: (key) => void memory.delete(key),
  }
}
