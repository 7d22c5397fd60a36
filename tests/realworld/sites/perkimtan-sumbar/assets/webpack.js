/* webpack runtime stand-in: the app chunks below run on their own */
