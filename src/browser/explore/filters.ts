/**
 * One checkbox per relationship type drawn. Remembers what was unticked, so a type that
 * appears later with an expansion starts ticked and the others keep their state.
 */
export function kindFilter(container: HTMLElement, onChange: (shown: ReadonlySet<string>) => void) {
  const hidden = new Set<string>();
  let shown = new Set<string>();

  function render(types: string[]): ReadonlySet<string> {
    shown = new Set(types.filter((t) => !hidden.has(t)));
    container.replaceChildren(
      ...types.map((type) => {
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.value = type;
        box.checked = !hidden.has(type);
        box.addEventListener('change', () => {
          if (box.checked) {
            hidden.delete(type);
            shown.add(type);
          } else {
            hidden.add(type);
            shown.delete(type);
          }
          onChange(shown);
        });
        const label = document.createElement('label');
        label.append(box, ` ${type}`);
        return label;
      }),
    );
    return shown;
  }
  return { render };
}
