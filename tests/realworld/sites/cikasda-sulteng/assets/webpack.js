// Stand-in for the Next.js runtime chunk: nothing to do beyond loading; the page chunks below do the work.
window.__ppid_runtime = true;
