"""What other modules and the entry points may use from accounts."""

from modules.accounts.auth import AccessTokenAuth, actor_of
from modules.accounts.services.demo import demo_accounts_ensure

__all__ = ["AccessTokenAuth", "actor_of", "demo_accounts_ensure"]
