// The share link as a QR code, drawn as inline SVG (dark on white whatever the palette).
import { useMemo } from 'react';
import { qrPicture } from './qr';

export function QrCode({ text, label }: { text: string; label: string }) {
  const { size, path } = useMemo(() => qrPicture(text), [text]);
  return (
    <svg className="share__qr" role="img" aria-label={label} viewBox={`0 0 ${size} ${size}`} shapeRendering="crispEdges">
      <rect width={size} height={size} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
