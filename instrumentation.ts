/**
 * Next's start-up hook
 * ====================
 * Next calls `register` once when the server starts; on the Node runtime it validates the environment
 * (lib/startup). The import is inside the runtime check so the Edge bundle never sees Node-only code.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { checkEnvironmentOrExit } = await import('./lib/startup');
    checkEnvironmentOrExit();
  }
}
