// The learning panels as App places them: scenario (open, light), treat, device and wound builder.
// The device panel and wound builder are lazy chunks, loaded the first time they are opened.
import { lazy } from 'react';
import { Panel } from '../Panel';
import { useT } from '../../i18n/useT';
import { ScenarioPicker } from './ScenarioPicker';
import { TreatControls } from './TreatControls';

const DeviceSettings = lazy(() => import('./DeviceSettings'));
const WoundBuilder = lazy(() => import('./WoundBuilder'));

export function ScenarioPanel() {
  const t = useT();
  return <Panel id="scenario" title={t('panels.scenario.title')} defaultOpen><ScenarioPicker /></Panel>;
}

export function TreatPanel() {
  const t = useT();
  return <Panel id="treat" title={t('panels.treat.title')} defaultOpen><TreatControls /></Panel>;
}

export function DevicePanel() {
  const t = useT();
  return <Panel id="device" title={t('device.title')}><DeviceSettings /></Panel>;
}

export function WoundPanel() {
  const t = useT();
  return <Panel id="wound" title={t('panels.wound.title')}><WoundBuilder /></Panel>;
}
