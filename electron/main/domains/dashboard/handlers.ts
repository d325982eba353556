import { alertNotification } from '../../../../shared/domains/dashboard-alerts';
import type { AppContext } from '../../context';
import type { DomainModule } from '../../ipc/registry';
import { createDashboardService } from './service';

export function dashboardModule(ctx: AppContext): DomainModule {
  const dashboard = createDashboardService(ctx);
  return {
    domain: 'dashboard',
    handlers: {
      'dashboard:attention': () => dashboard.attention(),
      'dashboard:dismiss': ({ key, until }) => dashboard.dismiss(key, until),
      'dashboard:restoreDismissed': () => dashboard.restoreDismissed(),
      'dashboard:charts': () => dashboard.charts(),
      'dashboard:takeAlerts': () => {
        const alerts = dashboard.takeAlerts();
        // One notification for everything that became urgent together, worded as the browser's toast.
        const notification = alertNotification(alerts);
        if (notification) ctx.notify?.(notification.title, notification.body);
        return alerts;
      },
    },
  };
}
