// "Download CSV": the series the charts show (a treated condition's measure too), for both compared scenarios, as a spreadsheet file
// made in the browser (nothing leaves the device).
import { useT } from '../../i18n/useT';
import { formatTime } from '../../i18n/formatTime';
import { chartCsv, seriesNames, type ChartData, type ConditionChart } from './series';

export function CsvDownload({ data, conditions }: { data: ChartData; conditions: readonly ConditionChart[] }) {
  const t = useT();
  const save = (): void => {
    const url = URL.createObjectURL(new Blob([chartCsv(data, formatTime, conditions)], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${[t('charts.fileName'), ...seriesNames(data.scenarios.map((s) => s.id))].join('_')}.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    // The download has started from the link; the file's memory can go once this task is done.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  return <button type="button" className="charts__download" onClick={save}>{t('charts.download')}</button>;
}
