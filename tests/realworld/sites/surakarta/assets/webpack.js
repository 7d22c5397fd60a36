// webpack runtime (stand-in: the chunks above run directly)
