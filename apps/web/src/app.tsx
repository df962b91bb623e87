import { Redirect, Route, Switch } from 'wouter';
import { Layout } from './components/layout';
import { Loading } from './components/states';
import { useSession } from './lib/use-session';
import { AdminArea } from './routes/admin/admin-area';
import { ForgotPasswordScreen } from './routes/auth/forgot-password';
import { RegisterScreen } from './routes/auth/register';
import { ResetPasswordScreen } from './routes/auth/reset-password';
import { SessionEndedScreen } from './routes/auth/session-ended';
import { SignInScreen } from './routes/auth/sign-in';
import { CaseScreen } from './routes/cases/case-screen';
import { ComposeScreen } from './routes/cases/compose-screen';
import { DirectoryScreen } from './routes/consults/directory-screen';
import { MyConsultsScreen } from './routes/consults/my-consults-screen';
import { QueueScreen } from './routes/consults/queue-screen';
import { CreditScreen } from './routes/credit/credit-screen';
import { ChannelsScreen } from './routes/feed/channels-screen';
import { FeedScreen } from './routes/feed/feed-screen';
import { LicenceScreen } from './routes/licence/licence-screen';
import { NotificationSettingsScreen } from './routes/notifications/notification-settings-screen';
import { NotificationsScreen } from './routes/notifications/notifications-screen';
import { ProfileScreen } from './routes/profile/profile-screen';
import { SearchScreen } from './routes/search/search-screen';

export function App() {
  const session = useSession();
  if (session.status === 'unknown') {
    return (
      <main id="main" className="centre">
        <Loading label="Opening Curbside…" />
      </main>
    );
  }
  if (session.status === 'ended') return <SessionEndedScreen />;
  if (session.status === 'signed-out') {
    return (
      <Switch>
        <Route path="/register" component={RegisterScreen} />
        <Route path="/sign-in" component={SignInScreen} />
        <Route path="/forgot-password" component={ForgotPasswordScreen} />
        <Route path="/reset-password">
          <ResetPasswordScreen />
        </Route>
        <Route>
          <Redirect to="/sign-in" replace />
        </Route>
      </Switch>
    );
  }
  return (
    <Layout>
      <Switch>
        <Route path="/" component={FeedScreen} />
        <Route path="/channels" component={ChannelsScreen} />
        <Route path="/channels/:slug" component={FeedScreen} />
        <Route path="/cases/new" component={ComposeScreen} />
        <Route path="/cases/:id" component={CaseScreen} />
        <Route path="/search" component={SearchScreen} />
        <Route path="/consults" component={QueueScreen} />
        <Route path="/my-consults" component={MyConsultsScreen} />
        <Route path="/my-credit" component={CreditScreen} />
        <Route path="/specialists" component={DirectoryScreen} />
        <Route path="/notifications" component={NotificationsScreen} />
        <Route path="/settings/notifications" component={NotificationSettingsScreen} />
        <Route path="/profile" component={ProfileScreen} />
        <Route path="/licence" component={LicenceScreen} />
        <Route path="/admin" nest>
          <AdminArea />
        </Route>
        <Route path="/sign-in">
          <Redirect to="/" replace />
        </Route>
        <Route path="/register">
          <Redirect to="/licence" replace />
        </Route>
        <Route path="/forgot-password">
          <Redirect to="/" replace />
        </Route>
        <Route path="/reset-password">
          <ResetPasswordScreen />
        </Route>
        <Route>
          <h1>Page not found</h1>
          <p>
            This address does not lead anywhere in Curbside. <a href="/">Go to your feed</a>.
          </p>
        </Route>
      </Switch>
    </Layout>
  );
}
