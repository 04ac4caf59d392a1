import { useEffect, useState } from 'react';
import type { ColorScheme } from './palette.ts';

const QUERY = '(prefers-color-scheme: dark)';

function mediaQuery(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(QUERY) : null;
}

/** The system's colour scheme, followed live (the page's CSS follows it through media queries). */
export function useColorScheme(): ColorScheme {
  const [scheme, setScheme] = useState<ColorScheme>(() => (mediaQuery()?.matches ? 'dark' : 'light'));
  useEffect(() => {
    const media = mediaQuery();
    if (!media) return;
    const onChange = () => setScheme(media.matches ? 'dark' : 'light');
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, []);
  return scheme;
}
