// The composer is loaded when first opened (about 40 kB the shell's first paint does not need).
import { lazy, Suspense, type ComponentProps } from 'react';

const Composer = lazy(async () => ({ default: (await import('./ComposerDialog')).ComposerDialog }));

export function ComposerDialog(props: ComponentProps<typeof Composer>): React.JSX.Element {
  return (
    <Suspense fallback={null}>
      <Composer {...props} />
    </Suspense>
  );
}
