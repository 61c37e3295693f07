"""The Collection window: many people's bundles received, verified and shown as one picture."""
