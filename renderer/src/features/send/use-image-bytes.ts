/**
 * Shows an image file's bytes in an <img>, from a blob: URL (the page's CSP allows blob:
 * images) made and revoked in one effect, so every URL made is also released as soon as the
 * picture goes away (StrictMode's second run included).
 */
import { useEffect, useRef } from 'react';

export function useImageBytes(bytes: Uint8Array<ArrayBuffer>, type: string) {
  const image = useRef<HTMLImageElement>(null);
  useEffect(() => {
    const url = URL.createObjectURL(new Blob([bytes], { type }));
    if (image.current) image.current.src = url;
    return () => URL.revokeObjectURL(url);
  }, [bytes, type]);
  return image;
}
