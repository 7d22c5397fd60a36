// Compact stand-in for the site's jQuery/Fancybox/pdf.js behaviour (Hugo 'blist' theme of diskominfo.kalbarprov.go.id).
function openImgModal(file){var o=document.getElementById('imgOverlay');if(!o){o=document.createElement('div');o.id='imgOverlay';o.onclick=function(){o.remove()};document.body.appendChild(o);}o.innerHTML='<img src="'+file+'" alt="">';}
function showHeroModal(content){var m=document.getElementById('heroModal');document.getElementById('modal-title').textContent=content;
  var id=content.toLowerCase().replace(/ /g,'-')+'-content';var src=document.getElementById(id);
  document.getElementById('modal-body').innerHTML=src?src.innerHTML:'';m.classList.remove('hidden');}
function closeHeroModal(){var m=document.getElementById('heroModal');if(m)m.classList.add('hidden');}
var currentFileUrl='',currentFileTitle='',currentFileType='';
function showPreview(fileUrl,title,row,ext){currentFileUrl=fileUrl;currentFileTitle=title;currentFileType=(ext||'').toLowerCase();
  var ph=document.getElementById('previewPlaceholder'),img=document.getElementById('imgPreview'),v=document.getElementById('viewBtn'),d=document.getElementById('downloadBtn');
  fetch(fileUrl).then(function(r){if(!r.ok)throw new Error(r.status);
    if(currentFileType==='.png'){img.src=fileUrl;img.classList.remove('hidden');}
    ph.classList.add('hidden');v.disabled=false;d.disabled=false;
  }).catch(function(){ph.textContent='Error memuat preview file';ph.classList.remove('hidden');v.disabled=true;d.disabled=true;});}
function viewFile(){if(currentFileUrl){if(currentFileType==='.png')openImgModal(currentFileUrl);else window.open(currentFileUrl,'_blank');}}
function downloadFile(){if(currentFileUrl){var a=document.createElement('a');a.href=currentFileUrl;a.download=currentFileTitle;document.body.appendChild(a);a.click();a.remove();}}
