// A join link (`?class=CODE`) makes this page a student's: the class connection loads (its own
// chunk) and follows the teacher. Without it nothing of the classroom loads.
import { useEffect } from 'react';
import { joinCodeInAddress } from './classStore';

export function useClassroomLink(): void {
  useEffect(() => {
    const code = joinCodeInAddress();
    if (code === null) return;
    void import('./session').then((m) => m.joinClass(window.location.origin, code));
  }, []);
}
