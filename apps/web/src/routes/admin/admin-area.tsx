import { useQuery } from 'urql';
import { Link, Route, Switch, useLocation } from 'wouter';
import { ErrorNotice, Loading } from '../../components/states';
import { graphql } from '../../gql';
import { AuditScreen } from './audit/audit-screen';
import { ClinicianDetailScreen } from './clinicians/clinician-detail-screen';
import { CliniciansScreen } from './clinicians/clinicians-screen';
import { DashboardScreen } from './dashboard/dashboard-screen';
import { VerificationScreen } from './licences/verification-screen';
import { RegistryScreen } from './registry/registry-screen';
import { ReportsScreen } from './reports/reports-screen';
import './admin.css';

export const AdminMe = graphql(`
  query AdminMe {
    me {
      id
      role
    }
  }
`);

/** The console's own navigation; paths are relative to /admin. */
export const ADMIN_NAV = [
  { href: '/', label: 'Dashboard' },
  { href: '/licences', label: 'Licences' },
  { href: '/clinicians', label: 'Clinicians' },
  { href: '/reports', label: 'Reports' },
  { href: '/audit', label: 'Audit log' },
  { href: '/registry', label: 'Registry imports' },
];

function AdminNav() {
  const [location] = useLocation();
  return (
    <nav aria-label="Administration" className="admin-nav">
      <ul>
        {ADMIN_NAV.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              className="nav-link"
              aria-current={location === item.href ? 'page' : undefined}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The administrators' console, mounted at /admin. The server refuses every admin operation to anyone
 * else; this check only spares a clinician a screen of refusals.
 */
export function AdminArea() {
  const [{ data, fetching, error }, refetch] = useQuery({ query: AdminMe });
  if (fetching && !data) return <Loading label="Opening the console…" />;
  if (error && !data)
    return <ErrorNotice error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (data?.me.role !== 'ADMIN') {
    return (
      <>
        <h1>Administration</h1>
        <p>This area is for Curbside administrators.</p>
        <p>
          <Link href="~/">Go to your feed</Link>
        </p>
      </>
    );
  }
  return (
    <div className="admin">
      <AdminNav />
      <Switch>
        <Route path="/" component={DashboardScreen} />
        <Route path="/licences" component={VerificationScreen} />
        <Route path="/clinicians" component={CliniciansScreen} />
        <Route path="/clinicians/:id" component={ClinicianDetailScreen} />
        <Route path="/reports" component={ReportsScreen} />
        <Route path="/audit" component={AuditScreen} />
        <Route path="/registry" component={RegistryScreen} />
        <Route>
          <h1>Page not found</h1>
          <p>
            This address does not lead anywhere in the console. <Link href="/">Go to the dashboard</Link>.
          </p>
        </Route>
      </Switch>
    </div>
  );
}
