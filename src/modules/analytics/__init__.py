"""analytics: staff figures (funnel, sessions, revenue, friends, chat) read through the owning modules' public."""
