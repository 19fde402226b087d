import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales.ts';
import { enumLabelsFor } from '../../i18n/text/enum-labels.ts';
import { fill } from '../../i18n/fill.ts';
import { workspaceEn, workspaceNl } from '../../i18n/text/workspace.ts';
import { browserStorage, createDraftStore } from '../../lib/workspace/draft-store.ts';
import type { StaffError } from '../../lib/workspace/errors.ts';
import { hasRole } from '../../lib/workspace/roles.ts';
import { hashFor, isRouteHash, parseRoute, type WorkspaceRoute } from '../../lib/workspace/routes.ts';
import type { StaffWorkspace } from '../../lib/workspace/schemas.ts';
import { createSessionGuard } from '../../lib/workspace/session-guard.ts';
import { createStaffApi, createStaffAuth } from '../../lib/workspace/staff-client.ts';
import { useWorkspace, WorkspaceContext, type WorkspaceContextValue } from './context.ts';
import { lazyPart } from './lazy-part.tsx';
import { ProjectsView } from './ProjectsView.tsx';
import { SessionDialog } from './SessionDialog.tsx';
import { SignInForm } from './SignInForm.tsx';

// The sign-in form and the projects list come with the page; every other view loads when it is opened.
const ProjectEditor = lazyPart(() => import('./ProjectEditor.tsx').then((module) => module.ProjectEditor));
const NewProjectView = lazyPart(() => import('./NewProjectView.tsx').then((module) => module.NewProjectView));
const ApprovalsView = lazyPart(() => import('./ApprovalsView.tsx').then((module) => module.ApprovalsView));
const AuditView = lazyPart(() => import('./AuditView.tsx').then((module) => module.AuditView));
const TeamView = lazyPart(() => import('./TeamView.tsx').then((module) => module.TeamView));

export interface WorkspaceProps {
  apiUrl: string;
  anonKey: string;
  locale: Locale;
  /** Offer a sign-in link by e-mail (only where the Supabase project sends mail). */
  magicLink?: boolean;
  children?: ComponentChildren;
}

interface SignedInUser {
  id: string;
  email: string;
}

function useHashRoute(): WorkspaceRoute {
  const [route, setRoute] = useState(() => (isRouteHash(window.location.hash) ? parseRoute(window.location.hash) : parseRoute('')));
  useEffect(() => {
    // In-page anchors (the skip link's #main) are no views: only '#/…' hashes route.
    const onChange = () => {
      if (isRouteHash(window.location.hash)) setRoute(parseRoute(window.location.hash));
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

/**
 * The staff workspace: sign-in, then the views of the hash route. One Auth client keeps the session; every API
 * call runs through the session guard, which opens a sign-in dialog over the current view when the session
 * ended and retries the call after.
 */
export default function Workspace(props: WorkspaceProps) {
  const { locale } = props;
  const text = locale === 'en' ? workspaceEn : workspaceNl;
  const config = { apiUrl: props.apiUrl, anonKey: props.anonKey, locale };
  const authClient = useMemo(() => createStaffAuth(config), []);
  const api = useMemo(() => createStaffApi(authClient, config), [authClient]);
  const drafts = useMemo(() => createDraftStore(browserStorage()), []);
  const route = useHashRoute();

  const [auth, setAuth] = useState<'loading' | 'signed-out' | 'signed-in'>('loading');
  const [user, setUser] = useState<SignedInUser | null>(null);
  const [workspace, setWorkspace] = useState<StaffWorkspace | null>(null);
  const [loadError, setLoadError] = useState<StaffError | null>(null);
  const [dialog, setDialog] = useState<((signedIn: boolean) => void) | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [viewTitle, setViewTitle] = useState(text.pageTitle);
  const signingOut = useRef(false);
  const userRef = useRef<SignedInUser | null>(null);
  userRef.current = user;

  const requestSignIn = () =>
    new Promise<boolean>((resolve) => {
      setDialog(() => (signedIn: boolean) => {
        setDialog(null);
        resolve(signedIn);
      });
    });
  const run = useMemo(() => createSessionGuard(requestSignIn), []);

  useEffect(() => {
    const { data } = authClient.onAuthStateChange((event, session) => {
      // Only state changes here: auth-js must not be called from inside this callback (it holds its lock).
      if (session?.user) {
        setUser((current) => (current?.id === session.user.id ? current : { id: session.user.id, email: session.user.email ?? '' }));
        setAuth('signed-in');
      } else if (event === 'SIGNED_OUT' || event === 'INITIAL_SESSION') {
        if (event === 'SIGNED_OUT' && !signingOut.current && userRef.current) {
          // The session ended without the staff member asking (refresh failed, revoked elsewhere): sign in
          // again over the open form instead of throwing it away.
          void requestSignIn();
          return;
        }
        signingOut.current = false;
        setUser(null);
        setWorkspace(null);
        setAuth('signed-out');
      }
    });
    return () => data.subscription.unsubscribe();
  }, [authClient]);

  const reloadWorkspace = async () => {
    const answer = await run(() => api.workspace());
    if (answer.ok) {
      setWorkspace(answer.data);
      setLoadError(null);
    } else setLoadError(answer.error);
  };

  useEffect(() => {
    if (user) void reloadWorkspace();
  }, [user?.id]);

  useEffect(() => {
    document.title = `${viewTitle} – ${text.pageTitle}`;
  }, [viewTitle]);

  // After navigating, focus goes to the new view's h1, so a screen reader starts reading there. Not on the
  // first load: then the page starts at the top like any other.
  const focusPending = useRef(false);
  const firstRoute = useRef(true);
  const routeKey = hashFor(route) + route.view;
  useEffect(() => {
    if (firstRoute.current) {
      firstRoute.current = false;
      return;
    }
    focusPending.current = true;
    const heading = document.querySelector<HTMLElement>('.workspace-view h1');
    if (heading && heading.textContent !== '') {
      // The view kept its heading mounted (same component): focus it now.
      window.setTimeout(() => {
        if (!focusPending.current) return;
        focusPending.current = false;
        document.querySelector<HTMLElement>('.workspace-view h1')?.focus();
      }, 0);
    }
  }, [routeKey]);
  const headingRef = (element: HTMLHeadingElement | null) => {
    if (element && focusPending.current) {
      focusPending.current = false;
      element.focus();
    }
  };

  const announce = (message: string) => {
    // Emptied first, so the same message twice is announced twice.
    setAnnouncement('');
    window.setTimeout(() => setAnnouncement(message), 50);
  };

  const signOut = async () => {
    signingOut.current = true;
    await authClient.signOut();
    window.location.hash = '#/';
  };

  const liveRegion = (
    <div role="status" aria-live="polite" class="workspace-live">
      {announcement}
    </div>
  );
  if (auth === 'loading') return <p class="utrecht-paragraph">{text.loading}</p>;

  if (auth === 'signed-out' || !user) {
    return (
      <div class="workspace-view">
        <h1 class="utrecht-heading-1" tabIndex={-1}>
          {text.pageTitle}
        </h1>
        <h2 class="utrecht-heading-2">{text.signIn.title}</h2>
        <p class="utrecht-paragraph">{text.signIn.intro}</p>
        <SignInForm
          auth={authClient}
          text={text}
          locale={locale}
          magicLink={props.magicLink === true}
          idPrefix="sign-in"
          onSignedIn={() => undefined}
        />
        {liveRegion}
      </div>
    );
  }

  const sessionDialog = dialog && (
    <SessionDialog
      auth={authClient}
      text={text}
      locale={locale}
      magicLink={false}
      email={user.email}
      onClose={(signedIn) => dialog(signedIn)}
    />
  );

  if (!workspace) {
    return (
      <>
        <div class="workspace-app">
          {loadError ? (
            <div class="utrecht-alert utrecht-alert--error" role="alert">
              <p class="utrecht-paragraph">{loadError.message}</p>
              <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => void reloadWorkspace()}>
                {text.editor.retry}
              </button>
            </div>
          ) : (
            <p class="utrecht-paragraph">{text.loading}</p>
          )}
        </div>
        {sessionDialog}
      </>
    );
  }

  const context: WorkspaceContextValue = {
    api,
    run,
    locale,
    text,
    labels: enumLabelsFor(locale),
    userId: user.id,
    workspace,
    reloadWorkspace,
    drafts,
    announce,
    setViewTitle,
    headingRef,
  };
  const isApprover = workspace.memberships.some((membership) => hasRole(membership.role, 'approver'));
  const isAdmin = workspace.memberships.some((membership) => membership.role === 'admin');
  const navItems: Array<{ href: string; label: string; current: boolean }> = [
    {
      href: '#/',
      label: text.nav.projects,
      current: route.view === 'projects' || route.view === 'project' || route.view === 'new-project',
    },
    ...(isApprover ? [{ href: '#/approvals', label: text.nav.approvals, current: route.view === 'approvals' }] : []),
    ...(isAdmin
      ? [
          { href: '#/audit', label: text.nav.audit, current: route.view === 'audit' },
          { href: '#/team', label: text.nav.team, current: route.view === 'team' },
        ]
      : []),
  ];

  return (
    <WorkspaceContext.Provider value={context}>
      <div class="workspace-app">
        <div class="workspace-bar">
          <div>
            <p class="utrecht-paragraph">{fill(text.session.signedInAs, { email: workspace.user.email || user.email })}</p>
            {workspace.memberships.length > 0 ? (
              <ul class="workspace-memberships">
                {workspace.memberships.map((membership) => (
                  <li key={membership.organisation_id}>
                    {fill(text.session.roleAt, { role: text.roles[membership.role], organisation: membership.name })}
                  </li>
                ))}
              </ul>
            ) : (
              <p class="utrecht-paragraph">{text.session.notStaff}</p>
            )}
          </div>
          <div class="workspace-bar__end">
            <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => void signOut()}>
              {text.session.signOut}
            </button>
          </div>
        </div>
        <nav aria-label={text.nav.label} class="workspace-nav">
          <ul>
            {navItems.map((item) => (
              <li key={item.href}>
                <a class="utrecht-link" href={item.href} aria-current={item.current ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div class="workspace-view">{renderView(route)}</div>
      </div>
      {liveRegion}
      {sessionDialog}
    </WorkspaceContext.Provider>
  );
}

function renderView(route: WorkspaceRoute) {
  switch (route.view) {
    case 'projects':
      return <ProjectsView />;
    case 'new-project':
      return <NewProjectView />;
    case 'project':
      return <ProjectEditor key={route.projectId} projectId={route.projectId} section={route.section} />;
    case 'approvals':
      return <ApprovalsView />;
    case 'audit':
      return <AuditView />;
    case 'team':
      return <TeamView />;
    case 'not-found':
      return <NotFoundView />;
  }
}

function NotFoundView() {
  const { text, setViewTitle, headingRef } = useWorkspace();
  useEffect(() => setViewTitle(text.notFound.title), []);
  return (
    <>
      <h1 class="utrecht-heading-1" tabIndex={-1} ref={headingRef}>
        {text.notFound.title}
      </h1>
      <p class="utrecht-paragraph">{text.notFound.body}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="#/">
          {text.notFound.home}
        </a>
      </p>
    </>
  );
}
