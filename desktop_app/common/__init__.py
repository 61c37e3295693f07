"""Small pieces every layer uses: errors, JSON, time, build info, translation markers. No Qt."""
