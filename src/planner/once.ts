/**
 * A function whose value is worked out once per object and kept while the object lives: for
 * what depends only on the graph's data (a role's pay, a move's wording), which every plan would
 * otherwise make again. Any further arguments must follow from the object (its model, its
 * role's title): they are read only the first time.
 */
export function oncePer<K extends object, A extends unknown[], V>(
  make: (key: K, ...rest: A) => V,
): (key: K, ...rest: A) => V {
  const kept = new WeakMap<K, V>();
  return (key, ...rest) => {
    let value = kept.get(key);
    if (value === undefined) {
      value = make(key, ...rest);
      kept.set(key, value);
    }
    return value;
  };
}
