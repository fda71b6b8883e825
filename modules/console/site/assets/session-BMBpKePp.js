const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/oidc-BBbP7I1r.js","assets/rolldown-runtime-DK3Fl9T5.js"])))=>i.map(i=>d[i]);
import{B as e,C as t,D as n,F as r,G as i,H as a,I as o,J as s,K as c,M as l,N as u,O as d,P as f,Q as p,R as m,S as h,St as g,T as _,U as v,V as y,W as b,X as ee,Y as x,Z as te,_ as S,_t as C,a as w,at as T,b as E,c as D,ct as ne,d as re,dt as ie,et as ae,ft as oe,gt as se,ht as ce,j as O,l as le,lt as ue,m as de,mt as fe,n as pe,nt as me,o as he,ot as ge,p as _e,pt as ve,q as ye,r as be,rt as xe,s as Se,st as Ce,t as we,tt as Te,u as k,ut as Ee,v as De,vt as Oe,x as ke,xt as Ae,y as je,z as Me}from"./runtime-core.esm-bundler-29YzPmho.js";var Ne=void 0,Pe=typeof window<`u`&&window.trustedTypes;if(Pe)try{Ne=Pe.createPolicy(`vue`,{createHTML:e=>e})}catch{}var Fe=Ne?e=>Ne.createHTML(e):e=>e,Ie=`http://www.w3.org/2000/svg`,Le=`http://www.w3.org/1998/Math/MathML`,A=typeof document<`u`?document:null,Re=A&&A.createElement(`template`),ze={insert:(e,t,n)=>{t.insertBefore(e,n||null)},remove:e=>{let t=e.parentNode;t&&t.removeChild(e)},createElement:(e,t,n,r)=>{let i=t===`svg`?A.createElementNS(Ie,e):t===`mathml`?A.createElementNS(Le,e):n?A.createElement(e,{is:n}):A.createElement(e);return e===`select`&&r&&r.multiple!=null&&i.setAttribute(`multiple`,r.multiple),i},createText:e=>A.createTextNode(e),createComment:e=>A.createComment(e),setText:(e,t)=>{e.nodeValue=t},setElementText:(e,t)=>{e.textContent=t},parentNode:e=>e.parentNode,nextSibling:e=>e.nextSibling,querySelector:e=>A.querySelector(e),setScopeId(e,t){e.setAttribute(t,``)},insertStaticContent(e,t,n,r,i,a){let o=n?n.previousSibling:t.lastChild;if(i&&(i===a||i.nextSibling))for(;t.insertBefore(i.cloneNode(!0),n),i!==a&&(i=i.nextSibling););else{Re.innerHTML=Fe(r===`svg`?`<svg>${e}</svg>`:r===`mathml`?`<math>${e}</math>`:e);let i=Re.content;if(r===`svg`||r===`mathml`){let e=i.firstChild;for(;e.firstChild;)i.appendChild(e.firstChild);i.removeChild(e)}t.insertBefore(i,n)}return[o?o.nextSibling:t.firstChild,n?n.previousSibling:t.lastChild]}},j=`transition`,Be=`animation`,Ve=Symbol(`_vtc`),He={name:String,type:String,css:{type:Boolean,default:!0},duration:[String,Number,Object],enterFromClass:String,enterActiveClass:String,enterToClass:String,appearFromClass:String,appearActiveClass:String,appearToClass:String,leaveFromClass:String,leaveActiveClass:String,leaveToClass:String},Ue=Ce({},pe,He),We=(e=>(e.displayName=`Transition`,e.props=Ue,e))((e,{slots:t})=>je(we,qe(e),t)),Ge=(e,t=[])=>{Ee(e)?e.forEach(e=>e(...t)):e&&e(...t)},Ke=e=>e?Ee(e)?e.some(e=>e.length>1):e.length>1:!1;function qe(e){let t={};for(let n in e)n in He||(t[n]=e[n]);if(e.css===!1)return t;let{name:n=`v`,type:r,duration:i,enterFromClass:a=`${n}-enter-from`,enterActiveClass:o=`${n}-enter-active`,enterToClass:s=`${n}-enter-to`,appearFromClass:c=a,appearActiveClass:l=o,appearToClass:u=s,leaveFromClass:d=`${n}-leave-from`,leaveActiveClass:f=`${n}-leave-active`,leaveToClass:p=`${n}-leave-to`}=e,m=Je(i),h=m&&m[0],g=m&&m[1],{onBeforeEnter:_,onEnter:v,onEnterCancelled:y,onLeave:b,onLeaveCancelled:ee,onBeforeAppear:x=_,onAppear:te=v,onAppearCancelled:S=y}=t,C=(e,t,n,r)=>{e._enterCancelled=r,N(e,t?u:s),N(e,t?l:o),n&&n()},w=(e,t)=>{e._isLeaving=!1,N(e,d),N(e,p),N(e,f),t&&t()},T=e=>(t,n)=>{let i=e?te:v,o=()=>C(t,e,n);Ge(i,[t,o]),Xe(()=>{N(t,e?c:a),M(t,e?u:s),Ke(i)||Qe(t,r,h,o)})};return Ce(t,{onBeforeEnter(e){Ge(_,[e]),M(e,a),M(e,o)},onBeforeAppear(e){Ge(x,[e]),M(e,c),M(e,l)},onEnter:T(!1),onAppear:T(!0),onLeave(e,t){e._isLeaving=!0;let n=()=>w(e,t);M(e,d),e._enterCancelled?(M(e,f),nt(e)):(nt(e),M(e,f)),Xe(()=>{e._isLeaving&&(N(e,d),M(e,p),Ke(b)||Qe(e,r,g,n))}),Ge(b,[e,n])},onEnterCancelled(e){C(e,!1,void 0,!0),Ge(y,[e])},onAppearCancelled(e){C(e,!0,void 0,!0),Ge(S,[e])},onLeaveCancelled(e){w(e),Ge(ee,[e])}})}function Je(e){if(e==null)return null;if(ve(e))return[Ye(e.enter),Ye(e.leave)];{let t=Ye(e);return[t,t]}}function Ye(e){return g(e)}function M(e,t){t.split(/\s+/).forEach(t=>t&&e.classList.add(t)),(e[Ve]||(e[Ve]=new Set)).add(t)}function N(e,t){t.split(/\s+/).forEach(t=>t&&e.classList.remove(t));let n=e[Ve];n&&(n.delete(t),n.size||(e[Ve]=void 0))}function Xe(e){requestAnimationFrame(()=>{requestAnimationFrame(e)})}var Ze=0;function Qe(e,t,n,r){let i=e._endId=++Ze,a=()=>{i===e._endId&&r()};if(n!=null)return setTimeout(a,n);let{type:o,timeout:s,propCount:c}=$e(e,t);if(!o)return r();let l=o+`end`,u=0,d=()=>{e.removeEventListener(l,f),a()},f=t=>{t.target===e&&++u>=c&&d()};setTimeout(()=>{u<c&&d()},s+1),e.addEventListener(l,f)}function $e(e,t){let n=window.getComputedStyle(e),r=e=>(n[e]||``).split(`, `),i=r(`${j}Delay`),a=r(`${j}Duration`),o=et(i,a),s=r(`${Be}Delay`),c=r(`${Be}Duration`),l=et(s,c),u=null,d=0,f=0;t===j?o>0&&(u=j,d=o,f=a.length):t===Be?l>0&&(u=Be,d=l,f=c.length):(d=Math.max(o,l),u=d>0?o>l?j:Be:null,f=u?u===j?a.length:c.length:0);let p=u===j&&/\b(?:transform|all)(?:,|$)/.test(r(`${j}Property`).toString());return{type:u,timeout:d,propCount:f,hasTransform:p}}function et(e,t){for(;e.length<t.length;)e=e.concat(e);return Math.max(...t.map((t,n)=>tt(t)+tt(e[n])))}function tt(e){return e===`auto`?0:Number(e.slice(0,-1).replace(`,`,`.`))*1e3}function nt(e){return(e?e.ownerDocument:document).body.offsetHeight}function rt(e,t,n){let r=e[Ve];r&&(t=(t?[t,...r]:[...r]).join(` `)),t==null?e.removeAttribute(`class`):n?e.setAttribute(`class`,t):e.className=t}var it=Symbol(`_vod`),at=Symbol(`_vsh`),ot={name:`show`,beforeMount(e,{value:t},{transition:n}){e[it]=e.style.display===`none`?``:e.style.display,n&&t?n.beforeEnter(e):st(e,t)},mounted(e,{value:t},{transition:n}){n&&t&&n.enter(e)},updated(e,{value:t,oldValue:n},{transition:r}){!t!=!n&&(r?t?(r.beforeEnter(e),st(e,!0),r.enter(e)):r.leave(e,()=>{st(e,!1)}):st(e,t))},beforeUnmount(e,{value:t}){st(e,t)}};function st(e,t){e.style.display=t?e[it]:`none`,e[at]=!t}var ct=Symbol(``),lt=/(?:^|;)\s*display\s*:/;function ut(e,t,n){let r=e.style,i=se(n),a=!1;if(n&&!i){if(t){if(se(t))for(let e of t.split(`;`)){let t=e.slice(0,e.indexOf(`:`)).trim();n[t]??ft(r,t,``)}else for(let e in t)n[e]??ft(r,e,``)}for(let i in n){i===`display`&&(a=!0);let o=n[i];o==null?ft(r,i,``):gt(e,i,!se(t)&&t?t[i]:void 0,o)||ft(r,i,o)}}else if(i){if(t!==n){let e=r[ct];e&&(n+=`;`+e),r.cssText=n,a=lt.test(n)}}else t&&e.removeAttribute(`style`);it in e&&(i&&t===n||(e[it]=a?r.display:``),e[at]&&(r.display=`none`))}var dt=/\s*!important$/;function ft(e,t,n){if(Ee(n))n.forEach(n=>ft(e,t,n));else if(n??=``,t.startsWith(`--`))dt.test(n)?e.setProperty(t,n.replace(dt,``),`important`):e.setProperty(t,n);else{let r=ht(e,t);dt.test(n)?e.setProperty(ne(r),n.replace(dt,``),`important`):e[r]=n}}var pt=[`Webkit`,`Moz`,`ms`],mt={};function ht(e,t){let n=mt[t];if(n)return n;let r=T(t);if(r!==`filter`&&r in e)return mt[t]=r;r=ge(r);for(let n=0;n<pt.length;n++){let i=pt[n]+r;if(i in e)return mt[t]=i}return t}function gt(e,t,n,r){return e.tagName===`TEXTAREA`&&(t===`width`||t===`height`)&&se(r)&&n===r}var _t=`http://www.w3.org/1999/xlink`;function vt(e,t,n,r,i,a=ce(t)){r&&t.startsWith(`xlink:`)?n==null?e.removeAttributeNS(_t,t.slice(6,t.length)):e.setAttributeNS(_t,t,n):n==null||a&&!ue(n)?e.removeAttribute(t):e.setAttribute(t,a?``:C(n)?String(n):n)}function yt(e,t,n,r,i){if(t===`innerHTML`||t===`textContent`){n!=null&&(e[t]=t===`innerHTML`?Fe(n):n);return}let a=e.tagName;if(t===`value`&&a!==`PROGRESS`&&!a.includes(`-`)){let r=a===`OPTION`?e.getAttribute(`value`)||``:e.value,i=n==null?e.type===`checkbox`?`on`:``:String(n);r===i&&`_value`in e||(e.value=i),n??e.removeAttribute(t),e._value=n;return}let o=!1;if(n===``||n==null){let r=typeof e[t];r===`boolean`?n=ue(n):n==null&&r===`string`?(n=``,o=!0):r===`number`&&(n=0,o=!0)}try{e[t]=n}catch{}o&&e.removeAttribute(i||t)}function bt(e,t,n,r){e.addEventListener(t,n,r)}function xt(e,t,n,r){e.removeEventListener(t,n,r)}var St=Symbol(`_vei`);function Ct(e,t,n,r,i=null){let a=e[St]||(e[St]={}),o=a[t];if(r&&o)o.value=r;else{let[n,s]=Et(t);r?bt(e,n,a[t]=At(r,i),s):o&&(xt(e,n,o,s),a[t]=void 0)}}var wt=/(Once|Passive|Capture)$/,Tt=/^on:?(?:Once|Passive|Capture)$/;function Et(e){let t,n;for(;(n=e.match(wt))&&!Tt.test(e);)t||={},e=e.slice(0,e.length-n[1].length),t[n[1].toLowerCase()]=!0;return[e[2]===`:`?e.slice(3):ne(e.slice(2)),t]}var Dt=0,Ot=Promise.resolve(),kt=()=>Dt||=(Ot.then(()=>Dt=0),Date.now());function At(e,t){let n=e=>{if(!e._vts)e._vts=Date.now();else if(e._vts<=n.attached)return;let r=n.value;if(Ee(r)){let n=e.stopImmediatePropagation;e.stopImmediatePropagation=()=>{n.call(e),e._stopped=!0};let i=r.slice(),a=[e];for(let n=0;n<i.length&&!e._stopped;n++){let e=i[n];e&&w(e,t,5,a)}}else w(r,t,5,[e])};return n.value=e,n.attached=kt(),n}var jt=e=>e.charCodeAt(0)===111&&e.charCodeAt(1)===110&&e.charCodeAt(2)>96&&e.charCodeAt(2)<123,Mt=(e,t,n,r,i,a)=>{let o=i===`svg`;t===`class`?rt(e,r,o):t===`style`?ut(e,n,r):fe(t)?oe(t)||Ct(e,t,n,r,a):(t[0]===`.`?(t=t.slice(1),1):t[0]===`^`?(t=t.slice(1),0):Nt(e,t,r,o))?(yt(e,t,r),e.tagName.includes(`-`)||t!==`value`&&t!==`checked`&&t!==`selected`||vt(e,t,r,o,a,t!==`value`)):e._isVueCE&&(Pt(e,t)||e._def.__asyncLoader&&(/[A-Z]/.test(t)||!se(r)))?yt(e,T(t),r,a,t):(t===`true-value`?e._trueValue=r:t===`false-value`&&(e._falseValue=r),vt(e,t,r,o))};function Nt(e,t,n,r){if(r)return!!(t===`innerHTML`||t===`textContent`||t in e&&jt(t)&&ie(n));if(t===`spellcheck`||t===`draggable`||t===`translate`||t===`autocorrect`||t===`sandbox`&&e.tagName===`IFRAME`||t===`form`||t===`list`&&e.tagName===`INPUT`||t===`type`&&e.tagName===`TEXTAREA`)return!1;if(t===`width`||t===`height`){let t=e.tagName;if(t===`IMG`||t===`VIDEO`||t===`CANVAS`||t===`SOURCE`)return!1}return jt(t)&&se(n)?!1:t in e}function Pt(e,t){let n=e._def.props;if(!n)return!1;let r=T(t);return Array.isArray(n)?n.some(e=>T(e)===r):Object.keys(n).some(e=>T(e)===r)}var Ft=new WeakMap,It=new WeakMap,Lt=Symbol(`_moveCb`),Rt=Symbol(`_enterCb`),zt=new WeakMap,Bt=(e=>(delete e.props.mode,e))({name:`TransitionGroup`,props:Ce({},Ue,{tag:String,moveClass:String}),setup(e,{slots:t}){let i=S(),a=Me(),s,c,l,u,d=()=>(u===void 0&&(u=s.length>0&&Yt(s[0].el,i.vnode.el,Ht(e))),u);return n(()=>{if(zt.delete(i),!d()){s=[],l=void 0;return}let t=Ht(e);s.forEach(Vt);let n=l&&Jt(l,i.vnode.el);l=void 0,s.forEach(e=>Ut(e,n));let r=s.filter(Wt);nt(i.vnode.el),r.forEach(e=>{let n=e.el,r=n.style;M(n,t),r.transform=r.webkitTransform=r.transitionDuration=``;let i=n[Lt]=e=>{e&&e.target!==n||(!e||e.propertyName.endsWith(`transform`))&&(n.removeEventListener(`transitionend`,i),n[Lt]=null,N(n,t))};n.addEventListener(`transitionend`,i)}),s=[]}),()=>{let n=Te(e),f=qe(n),p=n.tag||be;if(s=[],u=void 0,c)for(let e=0;e<c.length;e++){let t=c[e];t.el&&t.el instanceof Element&&!t.el[at]&&(s.push(t),o(t,r(t,f,a,i)),Ft.set(t,Gt(t.el)))}c=t.default?De(t.default()):[];for(let e=0;e<c.length;e++){let t=c[e];t.key!=null&&o(t,r(t,f,a,i))}return s.length&&(l=Kt(i),zt.set(i,d)),de(p,null,c)}}});function Vt(e){let t=e.el;t[Lt]&&t[Lt](),t[Rt]&&t[Rt]()}function Ht(e){return e.moveClass||`${e.name||`v`}-move`}function Ut(e,t){It.set(e,Gt(e.el,t))}function Wt(e){let t=Ft.get(e),n=It.get(e),r=t.left-n.left,i=t.top-n.top;if(r||i){let t=e.el,n=t.style,a=t.getBoundingClientRect(),o=1,s=1;return t.offsetWidth&&(o=a.width/t.offsetWidth),t.offsetHeight&&(s=a.height/t.offsetHeight),Number.isFinite(o)&&o!==0||(o=1),Number.isFinite(s)&&s!==0||(s=1),Math.abs(o-1)<.01&&(o=1),Math.abs(s-1)<.01&&(s=1),n.transform=n.webkitTransform=`translate(${r/o}px,${i/s}px)`,n.transitionDuration=`0s`,e}}function Gt(e,t){let n=e.getBoundingClientRect();return{left:n.left-(t?t.left:0),top:n.top-(t?t.top:0)}}function Kt(e){let t;for(let n=e.parent;n;n=n.parent){let r=zt.get(n);if(r){let i=qt(n.vnode.el,e.vnode.el);i&&(t||=[]).push(Ce(Gt(i),{item:i,willMove:r}))}}return t}function qt(e,t){let n=e.nodeType===1?e:e.parentNode;for(;t&&t.parentNode!==n;)t=t.parentNode;if(t&&t.nodeType===1)return t}function Jt(e,t){let n=e.find(e=>e.willMove()&&e.item.contains(t));return n&&Gt(n.item,n)}function Yt(e,t,n){let r=e.cloneNode(),i=e[Ve];i&&i.forEach(e=>{e.split(/\s+/).forEach(e=>e&&r.classList.remove(e))}),n.split(/\s+/).forEach(e=>e&&r.classList.add(e)),r.style.display=`none`;let a=t.nodeType===1?t:t.parentNode;a.appendChild(r);let{hasTransform:o}=$e(r);return a.removeChild(r),o}var Xt=[`ctrl`,`shift`,`alt`,`meta`],Zt={stop:e=>e.stopPropagation(),prevent:e=>e.preventDefault(),self:e=>e.target!==e.currentTarget,ctrl:e=>!e.ctrlKey,shift:e=>!e.shiftKey,alt:e=>!e.altKey,meta:e=>!e.metaKey,left:e=>`button`in e&&e.button!==0,middle:e=>`button`in e&&e.button!==1,right:e=>`button`in e&&e.button!==2,exact:(e,t)=>Xt.some(n=>e[`${n}Key`]&&!t.includes(n))},Qt=(e,t)=>{if(!e)return e;let n=e._withMods||={},r=t.join(`.`);return n[r]||(n[r]=((n,...r)=>{for(let e=0;e<t.length;e++){let r=Zt[t[e]];if(r&&r(n,t))return}return e(n,...r)}))},$t={esc:`escape`,space:` `,up:`arrow-up`,left:`arrow-left`,right:`arrow-right`,down:`arrow-down`,delete:`backspace`},en=(e,t)=>{let n=e._withKeys||={},r=t.join(`.`);return n[r]||(n[r]=(n=>{if(!(`key`in n))return;let r=ne(n.key);if(t.some(e=>e===r||$t[e]===r))return e(n)}))},tn=Ce({patchProp:Mt},ze),nn;function rn(){return nn||=re(tn)}var an=((...e)=>{let t=rn().createApp(...e),{mount:n}=t;return t.mount=e=>{let r=sn(e);if(!r)return;let i=t._component;ie(i)||i.render||i.template||(i.template=r.innerHTML),r.nodeType===1&&(r.textContent=``);let a=n(r,!1,on(r));return r instanceof Element&&(r.removeAttribute(`v-cloak`),r.setAttribute(`data-v-app`,``)),a},t});function on(e){if(e instanceof SVGElement)return`svg`;if(typeof MathMLElement==`function`&&e instanceof MathMLElement)return`mathml`}function sn(e){return se(e)?document.querySelector(e):e}var cn=typeof window<`u`,ln,un=e=>ln=e,dn=Symbol();function fn(e){return e&&typeof e==`object`&&Object.prototype.toString.call(e)===`[object Object]`&&typeof e.toJSON!=`function`}var pn=typeof window==`object`&&window.window===window?window:typeof self==`object`&&self.self===self?self:typeof global==`object`&&global.global===global?global:typeof globalThis==`object`?globalThis:{HTMLElement:null};function mn(e,{autoBom:t=!1}={}){return t&&/^\s*(?:text\/\S*|application\/xml|\S*\/\S*\+xml)\s*;.*charset\s*=\s*utf-8/i.test(e.type)?new Blob([`﻿`,e],{type:e.type}):e}function hn(e,t,n){let r=new XMLHttpRequest;r.open(`GET`,e),r.responseType=`blob`,r.onload=function(){bn(r.response,t,n)},r.onerror=function(){console.error(`could not download file`)},r.send()}function gn(e){let t=new XMLHttpRequest;t.open(`HEAD`,e,!1);try{t.send()}catch{}return t.status>=200&&t.status<=299}function _n(e){try{e.dispatchEvent(new MouseEvent(`click`))}catch{let t=new MouseEvent(`click`,{bubbles:!0,cancelable:!0,view:window,detail:0,screenX:80,screenY:20,clientX:80,clientY:20,ctrlKey:!1,altKey:!1,shiftKey:!1,metaKey:!1,button:0,relatedTarget:null});e.dispatchEvent(t)}}var vn=typeof navigator==`object`?navigator:{userAgent:``},yn=/Macintosh/.test(vn.userAgent)&&/AppleWebKit/.test(vn.userAgent)&&!/Safari/.test(vn.userAgent),bn=cn?typeof HTMLAnchorElement<`u`&&`download`in HTMLAnchorElement.prototype&&!yn?xn:`msSaveOrOpenBlob`in vn?Sn:Cn:()=>{};function xn(e,t=`download`,n){let r=document.createElement(`a`);r.download=t,r.rel=`noopener`,typeof e==`string`?(r.href=e,r.origin===location.origin?_n(r):gn(r.href)?hn(e,t,n):(r.target=`_blank`,_n(r))):(r.href=URL.createObjectURL(e),setTimeout(function(){URL.revokeObjectURL(r.href)},4e4),setTimeout(function(){_n(r)},0))}function Sn(e,t=`download`,n){if(typeof e==`string`){if(gn(e))hn(e,t,n);else{let t=document.createElement(`a`);t.href=e,t.target=`_blank`,setTimeout(function(){_n(t)})}}else navigator.msSaveOrOpenBlob(mn(e,n),t)}function Cn(e,t,n,r){if(r||=open(``,`_blank`),r&&(r.document.title=r.document.body.innerText=`downloading...`),typeof e==`string`)return hn(e,t,n);let i=e.type===`application/octet-stream`,a=/constructor/i.test(String(pn.HTMLElement))||`safari`in pn,o=/CriOS\/[\d]+/.test(navigator.userAgent);if((o||i&&a||yn)&&typeof FileReader<`u`){let t=new FileReader;t.onloadend=function(){let e=t.result;if(typeof e!=`string`)throw r=null,Error(`Wrong reader.result type`);e=o?e:e.replace(/^data:[^;]*;/,`data:attachment/file;`),r?r.location.href=e:location.assign(e),r=null},t.readAsDataURL(e)}else{let t=URL.createObjectURL(e);r?r.location.assign(t):location.href=t,r=null,setTimeout(function(){URL.revokeObjectURL(t)},4e4)}}var{assign:wn}=Object;function Tn(){let e=v(!0),t=e.run(()=>p({})),n=[],r=[],i=s({install(e){un(i),i._a=e,e.provide(dn,i),e.config.globalProperties.$pinia=i,r.forEach(e=>n.push(e)),r=[]},use(e){return this._a?n.push(e):r.push(e),this},_p:n,_a:null,_e:e,_s:new Map,state:t});return i}var En=()=>{};function Dn(e,t,n,r=En){e.add(t);let i=()=>{e.delete(t)&&r()};return!n&&b()&&x(i),i}function On(e,...t){e.forEach(e=>{e(...t)})}var kn=e=>e(),An=Symbol(),jn=Symbol();function Mn(e,t){e instanceof Map&&t instanceof Map?t.forEach((t,n)=>e.set(n,t)):e instanceof Set&&t instanceof Set&&t.forEach(e.add,e);for(let n in t){if(!Object.hasOwn(t,n))continue;let r=t[n],a=e[n];if(fn(a)&&fn(r)&&Object.hasOwn(e,n)&&!c(r)&&!i(r)){e[n]=Mn(a,r);let t=Te(e)[n];c(t)&&ye(t)&&xe(t)}else e[n]=r}return e}var Nn=Symbol();function Pn(e){return!e||typeof e!=`object`||!Object.hasOwn(e,Nn)}var{assign:P}=Object;function Fn(e){return!!(c(e)&&e.effect)}function In(e,t,n,r){let{state:i,actions:a,getters:o}=t,c=n.state.value[e],l;function u(){return c||(n.state.value[e]=i?i():{}),P(me(n.state.value[e]),a,Object.keys(o||{}).reduce((t,r)=>(t[r]=s(he(()=>{un(n);let t=n._s.get(e);return o[r].call(t,t)})),t),{}))}return l=Ln(e,u,t,n,r,!0),l}function Ln(n,r,a={},o,s,l){let u,d=P({actions:{}},a),f={deep:!0},p,m,h=new Set,g=new Set,_,y=o.state.value[n];!l&&!y&&(o.state.value[n]={});let b;function x(e){let r;p=m=!1,typeof e==`function`?(e(o.state.value[n]),r={type:`patch function`,storeId:n,events:_}):(Mn(o.state.value[n],e),r={type:`patch object`,payload:e,storeId:n,events:_});let i=b=Symbol();t().then(()=>{b===i&&(p=!0)}),m=!0,On(h,r,o.state.value[n])}let te=l?function(){let{state:e}=a,t=e?e():{};this.$patch(e=>{P(e,t)})}:En;function S(){u.stop(),h.clear(),g.clear(),o._s.delete(n)}let C=(e,t=``)=>{if(An in e)return e[jn]=t,e;let r=function(){un(o);let t=Array.from(arguments),i=new Set,a=new Set;function s(e){i.add(e)}function c(e){a.add(e)}On(g,{args:t,name:r[jn],store:T,after:s,onError:c});let l;try{l=e.apply(this&&this.$id===n?this:T,t)}catch(e){throw On(a,e),e}return l instanceof Promise?l.then(e=>(On(i,e),e)).catch(e=>(On(a,e),Promise.reject(e))):(On(i,l),l)};return r[An]=!0,r[jn]=t,r},w={_p:o,$id:n,$onAction:Dn.bind(null,g),$patch:x,$reset:te,$subscribe(t,r={}){if(h.has(t))return En;let i=Dn(h,t,r.detached,()=>a()),a=u.run(()=>e(()=>o.state.value[n],e=>{(r.flush===`sync`?m:p)&&t({storeId:n,type:`direct`,events:_},e)},P({},f,r)));return i},$dispose:S},T=ee(w);o._s.set(n,T);let E=(o._a&&o._a.runWithContext||kn)(()=>o._e.run(()=>(u=v()).run(()=>r({action:C}))));for(let e in E){let t=E[e];c(t)&&!Fn(t)||i(t)?l||(y&&Pn(t)&&(c(t)?t.value=y[e]:((t instanceof Set||t instanceof Map)&&t.clear(),Mn(t,y[e]))),o.state.value[n][e]=t):typeof t==`function`&&(E[e]=C(t,e),d.actions[e]=t)}return P(T,E),P(Te(T),E),Object.defineProperty(T,"$state",{get:()=>o.state.value[n],set:e=>{x(t=>{P(t,e)})}}),o._p.forEach(e=>{let t=u.run(()=>e({store:T,app:o._a,pinia:o,options:d}));P(T,t)}),y&&l&&a.hydrate&&a.hydrate(T.$state,y),p=!0,m=!0,T}function Rn(e,t,n){let r,i=typeof t==`function`;r=i?n:t;function a(n,a){let o=E();return n||=o?ke(dn,null):null,n&&un(n),n=ln,n._s.has(e)||(i?Ln(e,t,r,n):In(e,r,n)),n._s.get(e)}return a.$id=e,a}var zn=Object.defineProperty,Bn=Object.getOwnPropertySymbols,Vn=Object.prototype.hasOwnProperty,Hn=Object.prototype.propertyIsEnumerable,Un=(e,t,n)=>t in e?zn(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n,Wn=(e,t)=>{for(var n in t||={})Vn.call(t,n)&&Un(e,n,t[n]);if(Bn)for(var n of Bn(t))Hn.call(t,n)&&Un(e,n,t[n]);return e};function F(e){return e==null||e===``||Array.isArray(e)&&e.length===0||!(e instanceof Date)&&typeof e==`object`&&Object.keys(e).length===0}function Gn(e,t,n,r=1){let i=-1,a=F(e),o=F(t);return i=a&&o?0:a?r:o?-r:typeof e==`string`&&typeof t==`string`?n(e,t):e<t?-1:+(e>t),i}function Kn(e,t,n=new WeakSet){if(e===t)return!0;if(!e||!t||typeof e!=`object`||typeof t!=`object`||n.has(e)||n.has(t))return!1;n.add(e).add(t);let r=Array.isArray(e),i=Array.isArray(t),a,o,s;if(r&&i){if(o=e.length,o!=t.length)return!1;for(a=o;a--!==0;)if(!Kn(e[a],t[a],n))return!1;return!0}if(r!=i)return!1;let c=e instanceof Date,l=t instanceof Date;if(c!=l)return!1;if(c&&l)return e.getTime()==t.getTime();let u=e instanceof RegExp,d=t instanceof RegExp;if(u!=d)return!1;if(u&&d)return e.toString()==t.toString();let f=Object.keys(e);if(o=f.length,o!==Object.keys(t).length)return!1;for(a=o;a--!==0;)if(!Object.prototype.hasOwnProperty.call(t,f[a]))return!1;for(a=o;a--!==0;)if(s=f[a],!Kn(e[s],t[s],n))return!1;return!0}function qn(e,t){return Kn(e,t)}function Jn(e){return typeof e==`function`&&`call`in e&&`apply`in e}function I(e){return!F(e)}function Yn(e,t){if(!e||!t)return null;try{let n=e[t];if(I(n))return n}catch{}if(Object.keys(e).length){if(Jn(t))return t(e);if(t.indexOf(`.`)===-1)return e[t];{let n=t.split(`.`),r=e;for(let e=0,t=n.length;e<t;++e){if(r==null)return null;r=r[n[e]]}return r}}return null}function Xn(e,t,n){return n?Yn(e,n)===Yn(t,n):qn(e,t)}function Zn(e,t){if(e!=null&&t&&t.length){for(let n of t)if(Xn(e,n))return!0}return!1}function L(e,t=!0){return e instanceof Object&&e.constructor===Object&&(t||Object.keys(e).length!==0)}function Qn(e={},t={}){let n=Wn({},e);return Object.keys(t).forEach(r=>{let i=r;L(t[i])&&i in e&&L(e[i])?n[i]=Qn(e[i],t[i]):n[i]=t[i]}),n}function $n(...e){return e.reduce((e,t,n)=>n===0?t:Qn(e,t),{})}function er(e,t){let n=-1;if(t){for(let r=0;r<t.length;r++)if(t[r]===e){n=r;break}}return n}function tr(e,t){let n=-1;if(I(e))try{n=e.findLastIndex(t)}catch{n=e.lastIndexOf([...e].reverse().find(t))}return n}function R(e,...t){return Jn(e)?e(...t):e}function z(e,t=!0){return typeof e==`string`&&(t||e!==``)}function B(e){return z(e)?e.replace(/(-|_)/g,``).toLowerCase():e}function nr(e,t=``,n={}){let r=B(t).split(`.`),i=r.shift();return i?L(e)?nr(R(e[Object.keys(e).find(e=>B(e)===i)||``],n),r.join(`.`),n):void 0:R(e,n)}function rr(e,t=!0){return Array.isArray(e)&&(t||e.length!==0)}function ir(e){return I(e)&&!isNaN(e)}function ar(e=``){return I(e)&&e.length===1&&!!e.match(/\S| /)}function or(){return new Intl.Collator(void 0,{numeric:!0}).compare}function sr(e,t){if(t){let n=t.test(e);return t.lastIndex=0,n}return!1}function cr(...e){return $n(...e)}function lr(e){return e&&e.replace(/\/\*(?:(?!\*\/)[\s\S])*\*\/|[\r\n\t]+/g,``).replace(/ {2,}/g,` `).replace(/ ([{:}]) /g,`$1`).replace(/([;,]) /g,`$1`).replace(/ !/g,`!`).replace(/: /g,`:`).trim()}function ur(e){if(e&&/[\xC0-\xFF\u0100-\u017E]/.test(e)){let t={A:/[\xC0-\xC5\u0100\u0102\u0104]/g,AE:/[\xC6]/g,C:/[\xC7\u0106\u0108\u010A\u010C]/g,D:/[\xD0\u010E\u0110]/g,E:/[\xC8-\xCB\u0112\u0114\u0116\u0118\u011A]/g,G:/[\u011C\u011E\u0120\u0122]/g,H:/[\u0124\u0126]/g,I:/[\xCC-\xCF\u0128\u012A\u012C\u012E\u0130]/g,IJ:/[\u0132]/g,J:/[\u0134]/g,K:/[\u0136]/g,L:/[\u0139\u013B\u013D\u013F\u0141]/g,N:/[\xD1\u0143\u0145\u0147\u014A]/g,O:/[\xD2-\xD6\xD8\u014C\u014E\u0150]/g,OE:/[\u0152]/g,R:/[\u0154\u0156\u0158]/g,S:/[\u015A\u015C\u015E\u0160]/g,T:/[\u0162\u0164\u0166]/g,U:/[\xD9-\xDC\u0168\u016A\u016C\u016E\u0170\u0172]/g,W:/[\u0174]/g,Y:/[\xDD\u0176\u0178]/g,Z:/[\u0179\u017B\u017D]/g,a:/[\xE0-\xE5\u0101\u0103\u0105]/g,ae:/[\xE6]/g,c:/[\xE7\u0107\u0109\u010B\u010D]/g,d:/[\u010F\u0111]/g,e:/[\xE8-\xEB\u0113\u0115\u0117\u0119\u011B]/g,g:/[\u011D\u011F\u0121\u0123]/g,i:/[\xEC-\xEF\u0129\u012B\u012D\u012F\u0131]/g,ij:/[\u0133]/g,j:/[\u0135]/g,k:/[\u0137,\u0138]/g,l:/[\u013A\u013C\u013E\u0140\u0142]/g,n:/[\xF1\u0144\u0146\u0148\u014B]/g,p:/[\xFE]/g,o:/[\xF2-\xF6\xF8\u014D\u014F\u0151]/g,oe:/[\u0153]/g,r:/[\u0155\u0157\u0159]/g,s:/[\u015B\u015D\u015F\u0161]/g,t:/[\u0163\u0165\u0167]/g,u:/[\xF9-\xFC\u0169\u016B\u016D\u016F\u0171\u0173]/g,w:/[\u0175]/g,y:/[\xFD\xFF\u0177]/g,z:/[\u017A\u017C\u017E]/g};for(let n in t)e=e.replace(t[n],n)}return e}function dr(e,t,n){e&&t!==n&&(n>=e.length&&(n%=e.length,t%=e.length),e.splice(n,0,e.splice(t,1)[0]))}function fr(e,t,n=1,r,i=1){let a=Gn(e,t,r,n),o=n;return(F(e)||F(t))&&(o=i===1?n:i),o*a}function pr(e){return z(e,!1)?e[0].toUpperCase()+e.slice(1):e}function mr(e){return z(e)?e.replace(/(_)/g,`-`).replace(/([a-z])([A-Z])/g,`$1-$2`).toLowerCase():e}function hr(){let e=new Map;return{on(t,n){let r=e.get(t);return r?r.push(n):r=[n],e.set(t,r),this},off(t,n){let r=e.get(t);return r&&r.splice(r.indexOf(n)>>>0,1),this},emit(t,n){let r=e.get(t);r&&r.forEach(e=>{e(n)})},clear(){e.clear()}}}function gr(...e){if(e){let t=[];for(let n=0;n<e.length;n++){let r=e[n];if(!r)continue;let i=typeof r;if(i===`string`||i===`number`)t.push(r);else if(i===`object`){let e=Array.isArray(r)?[gr(...r)]:Object.entries(r).map(([e,t])=>t?e:void 0);t=e.length?t.concat(e.filter(e=>!!e)):t}}return t.join(` `).trim()}}function _r(e,t){return e?e.classList?e.classList.contains(t):RegExp(`(^| )`+t+`( |$)`,`gi`).test(e.className):!1}function vr(e,t){if(e&&t){let n=t=>{_r(e,t)||(e.classList?e.classList.add(t):e.className+=` `+t)};[t].flat().filter(Boolean).forEach(e=>e.split(` `).forEach(n))}}function yr(){return window.innerWidth-document.documentElement.offsetWidth}function br(e){typeof e==`string`?vr(document.body,e||`p-overflow-hidden`):(e!=null&&e.variableName&&document.body.style.setProperty(e.variableName,yr()+`px`),vr(document.body,e?.className||`p-overflow-hidden`))}function xr(e){if(e){let t=document.createElement(`a`);if(t.download!==void 0){let{name:n,src:r}=e;return t.setAttribute(`href`,r),t.setAttribute(`download`,n),t.style.display=`none`,document.body.appendChild(t),t.click(),document.body.removeChild(t),!0}}return!1}function Sr(e,t){let n=new Blob([e],{type:`application/csv;charset=utf-8;`});window.navigator.msSaveOrOpenBlob?navigator.msSaveOrOpenBlob(n,t+`.csv`):xr({name:t+`.csv`,src:URL.createObjectURL(n)})||(e=`data:text/csv;charset=utf-8,`+e,window.open(encodeURI(e)))}function Cr(e,t){if(e&&t){let n=t=>{e.classList?e.classList.remove(t):e.className=e.className.replace(RegExp(`(^|\\b)`+t.split(` `).join(`|`)+`(\\b|$)`,`gi`),` `)};[t].flat().filter(Boolean).forEach(e=>e.split(` `).forEach(n))}}function wr(e){typeof e==`string`?Cr(document.body,e||`p-overflow-hidden`):(e!=null&&e.variableName&&document.body.style.removeProperty(e.variableName),Cr(document.body,e?.className||`p-overflow-hidden`))}function Tr(e){for(let t of document==null?void 0:document.styleSheets)try{for(let n of t?.cssRules)for(let t of n?.style)if(e.test(t))return{name:t,value:n.style.getPropertyValue(t).trim()}}catch{}return null}function Er(e){let t={width:0,height:0};if(e){let[n,r]=[e.style.visibility,e.style.display],i=e.getBoundingClientRect();e.style.visibility=`hidden`,e.style.display=`block`,t.width=i.width||e.offsetWidth,t.height=i.height||e.offsetHeight,e.style.display=r,e.style.visibility=n}return t}function Dr(){let e=window,t=document,n=t.documentElement,r=t.getElementsByTagName(`body`)[0];return{width:e.innerWidth||n.clientWidth||r.clientWidth,height:e.innerHeight||n.clientHeight||r.clientHeight}}function Or(e){return e?Math.abs(e.scrollLeft):0}function kr(){let e=document.documentElement;return(window.pageXOffset||Or(e))-(e.clientLeft||0)}function Ar(){let e=document.documentElement;return(window.pageYOffset||e.scrollTop)-(e.clientTop||0)}function jr(e){return e?getComputedStyle(e).direction===`rtl`:!1}function Mr(e,t,n=!0){if(e){let r=e.offsetParent?{width:e.offsetWidth,height:e.offsetHeight}:Er(e),i=r.height,a=r.width,o=t.offsetHeight,s=t.offsetWidth,c=t.getBoundingClientRect(),l=Ar(),u=kr(),d=Dr(),f,p,m=`top`;c.top+o+i>d.height?(f=c.top+l-i,m=`bottom`,f<0&&(f=l)):f=o+c.top+l,p=c.left+a>d.width?Math.max(0,c.left+u+s-a):c.left+u,jr(e)?e.style.insetInlineEnd=p+`px`:e.style.insetInlineStart=p+`px`,e.style.top=f+`px`,e.style.transformOrigin=m,n&&(e.style.marginTop=m===`bottom`?`calc(${Tr(/-anchor-gutter$/)?.value??`2px`} * -1)`:Tr(/-anchor-gutter$/)?.value??``)}}function Nr(e,t){e&&(typeof t==`string`?e.style.cssText=t:Object.entries(t||{}).forEach(([t,n])=>e.style[t]=n))}function Pr(e,t){if(e instanceof HTMLElement){let n=e.offsetWidth;if(t){let t=getComputedStyle(e);n+=parseFloat(t.marginLeft)+parseFloat(t.marginRight)}return n}return 0}function Fr(e,t,n=!0,r=void 0){if(e){let i=e.offsetParent?{width:e.offsetWidth,height:e.offsetHeight}:Er(e),a=t.offsetHeight,o=t.getBoundingClientRect(),s=Dr(),c,l,u=r??`top`;if(!r&&o.top+a+i.height>s.height?(c=-1*i.height,u=`bottom`,o.top+c<0&&(c=-1*o.top)):c=a,l=i.width>s.width?o.left*-1:o.left+i.width>s.width?(o.left+i.width-s.width)*-1:0,e.style.top=c+`px`,e.style.insetInlineStart=l+`px`,e.style.transformOrigin=u,n){let t=Tr(/-anchor-gutter$/)?.value;e.style.marginTop=u===`bottom`?`calc(${t??`2px`} * -1)`:t??``}}}function Ir(e){if(e){let t=e.parentNode;return t&&t instanceof ShadowRoot&&t.host&&(t=t.host),t}return null}function Lr(e){return!!(e!=null&&e.nodeName&&Ir(e))}function Rr(e){return typeof Element<`u`?e instanceof Element:typeof e==`object`&&!!e&&e.nodeType===1&&typeof e.nodeName==`string`}function zr(){if(window.getSelection){let e=window.getSelection()||{};e.empty?e.empty():e.removeAllRanges&&e.rangeCount>0&&e.getRangeAt(0).getClientRects().length>0&&e.removeAllRanges()}}function Br(e,t={}){if(Rr(e)){let n=(t,r)=>{var i;let a=(i=e?.$attrs)!=null&&i[t]?[e?.$attrs?.[t]]:[];return[r].flat().reduce((e,r)=>{if(r!=null){let i=typeof r;if(i===`string`||i===`number`)e.push(r);else if(i===`object`){let i=Array.isArray(r)?n(t,r):Object.entries(r).map(([e,n])=>t===`style`&&(n||n===0)?`${e.replace(/([a-z])([A-Z])/g,`$1-$2`).toLowerCase()}:${n}`:n?e:void 0);e=i.length?e.concat(i.filter(e=>!!e)):e}}return e},a)};Object.entries(t).forEach(([t,r])=>{if(r!=null){let i=t.match(/^on(.+)/);i?e.addEventListener(i[1].toLowerCase(),r):t===`p-bind`||t===`pBind`?Br(e,r):(r=t===`class`?[...new Set(n(`class`,r))].join(` `).trim():t===`style`?n(`style`,r).join(`;`).trim():r,(e.$attrs=e.$attrs||{})&&(e.$attrs[t]=r),e.setAttribute(t,r))}})}}function Vr(e,t={},...n){if(e){let r=document.createElement(e);return Br(r,t),r.append(...n),r}}function Hr(e,t){if(e){e.style.opacity=`0`;let n=+new Date,r=`0`,i=function(){r=`${+e.style.opacity+(new Date().getTime()-n)/t}`,e.style.opacity=r,n=+new Date,+r<1&&(`requestAnimationFrame`in window?requestAnimationFrame(i):setTimeout(i,16))};i()}}function Ur(e,t){return Rr(e)?Array.from(e.querySelectorAll(t)):[]}function Wr(e,t){return Rr(e)?e.matches(t)?e:e.querySelector(t):null}function Gr(e,t){e&&document.activeElement!==e&&e.focus(t)}function Kr(e,t){if(Rr(e)){let n=e.getAttribute(t);return isNaN(n)?n===`true`||n===`false`?n===`true`:n:+n}}function qr(e,t=``){let n=Ur(e,`button:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            [href]:not([tabindex = "-1"]):not([style*="display:none"]):not([hidden])${t},
            input:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            select:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            textarea:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            [tabIndex]:not([tabIndex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            [contenteditable]:not([tabIndex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t}`),r=[];for(let e of n)getComputedStyle(e).display!=`none`&&getComputedStyle(e).visibility!=`hidden`&&r.push(e);return r}function Jr(e,t){let n=qr(e,t);return n.length>0?n[0]:null}function Yr(e){if(e){let t=e.offsetHeight,n=getComputedStyle(e);return t-=parseFloat(n.paddingTop)+parseFloat(n.paddingBottom)+parseFloat(n.borderTopWidth)+parseFloat(n.borderBottomWidth),t}return 0}function Xr(e){if(e){let[t,n]=[e.style.visibility,e.style.display];e.style.visibility=`hidden`,e.style.display=`block`;let r=e.offsetHeight;return e.style.display=n,e.style.visibility=t,r}return 0}function Zr(e){if(e){let[t,n]=[e.style.visibility,e.style.display];e.style.visibility=`hidden`,e.style.display=`block`;let r=e.offsetWidth;return e.style.display=n,e.style.visibility=t,r}return 0}function Qr(e){if(e){let t=Ir(e)?.childNodes,n=0;if(t)for(let r=0;r<t.length;r++){if(t[r]===e)return n;t[r].nodeType===1&&n++}}return-1}function $r(e,t){let n=qr(e,t);return n.length>0?n[n.length-1]:null}function ei(e,t){let n=e.nextElementSibling;for(;n;){if(n.matches(t))return n;n=n.nextElementSibling}return null}function ti(e){if(e){let t=e.getBoundingClientRect();return{top:t.top+(window.pageYOffset||document.documentElement.scrollTop||document.body.scrollTop||0),left:t.left+(window.pageXOffset||Or(document.documentElement)||Or(document.body)||0)}}return{top:`auto`,left:`auto`}}function ni(e,t){if(e){let n=e.offsetHeight;if(t){let t=getComputedStyle(e);n+=parseFloat(t.marginTop)+parseFloat(t.marginBottom)}return n}return 0}function ri(e,t=[]){let n=Ir(e);return n===null?t:ri(n,t.concat([n]))}function ii(e,t){let n=e.previousElementSibling;for(;n;){if(n.matches(t))return n;n=n.previousElementSibling}return null}function ai(e){let t=[];if(e){let n=ri(e),r=/(auto|scroll)/,i=e=>{try{let t=window.getComputedStyle(e,null);return r.test(t.getPropertyValue(`overflow`))||r.test(t.getPropertyValue(`overflowX`))||r.test(t.getPropertyValue(`overflowY`))}catch{return!1}};for(let e of n){let n=e.nodeType===1&&e.dataset.scrollselectors;if(n){let r=n.split(`,`);for(let n of r){let r=Wr(e,n);r&&i(r)&&t.push(r)}}e.nodeType!==9&&i(e)&&t.push(e)}}return t}function oi(){if(window.getSelection)return window.getSelection().toString();if(document.getSelection)return document.getSelection().toString()}function si(e){if(e){let t=e.offsetWidth,n=getComputedStyle(e);return t-=parseFloat(n.paddingLeft)+parseFloat(n.paddingRight)+parseFloat(n.borderLeftWidth)+parseFloat(n.borderRightWidth),t}return 0}function ci(e,t,n){let r=e[t];typeof r==`function`&&r.apply(e,n??[])}function li(){return/(android)/i.test(navigator.userAgent)}function ui(e){if(e){let t=e.nodeName,n=e.parentElement&&e.parentElement.nodeName;return t===`INPUT`||t===`TEXTAREA`||t===`BUTTON`||t===`A`||n===`INPUT`||n===`TEXTAREA`||n===`BUTTON`||n===`A`||!!e.closest(`.p-button, .p-checkbox, .p-radiobutton`)}return!1}function di(){return!!(typeof window<`u`&&window.document&&window.document.createElement)}function fi(e,t=``){return Rr(e)?e.matches(`button:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            [href][clientHeight][clientWidth]:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            input:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            select:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            textarea:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            [tabIndex]:not([tabIndex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            [contenteditable]:not([tabIndex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t}`):!1}function pi(e){return!!(e&&e.offsetParent!=null)}function mi(){return`ontouchstart`in window||navigator.maxTouchPoints>0||navigator.msMaxTouchPoints>0}function hi(e,t=``,n){Rr(e)&&n!=null&&e.setAttribute(t,n)}var gi={};function _i(e=`pui_id_`){return Object.hasOwn(gi,e)||(gi[e]=0),gi[e]++,`${e}${gi[e]}`}var vi=Object.defineProperty,yi=Object.defineProperties,bi=Object.getOwnPropertyDescriptors,xi=Object.getOwnPropertySymbols,Si=Object.prototype.hasOwnProperty,Ci=Object.prototype.propertyIsEnumerable,wi=(e,t,n)=>t in e?vi(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n,V=(e,t)=>{for(var n in t||={})Si.call(t,n)&&wi(e,n,t[n]);if(xi)for(var n of xi(t))Ci.call(t,n)&&wi(e,n,t[n]);return e},Ti=(e,t)=>yi(e,bi(t)),H=(e,t)=>{var n={};for(var r in e)Si.call(e,r)&&t.indexOf(r)<0&&(n[r]=e[r]);if(e!=null&&xi)for(var r of xi(e))t.indexOf(r)<0&&Ci.call(e,r)&&(n[r]=e[r]);return n};function Ei(...e){return $n(...e)}var U=hr(),Di=/{([^}]*)}/g,Oi=/(\d+\s+[\+\-\*\/]\s+\d+)/g,ki=/var\([^)]+\)/g;function Ai(e){return z(e)?e.replace(/[A-Z]/g,(e,t)=>t===0?e:`.`+e.toLowerCase()).toLowerCase():e}function ji(e){return L(e)&&e.hasOwnProperty(`$value`)&&e.hasOwnProperty(`$type`)?e.$value:e}function Mi(e){return e.replaceAll(/ /g,``).replace(/[^\w]/g,`-`)}function Ni(e=``,t=``){return Mi(`${z(e,!1)&&z(t,!1)?`${e}-`:e}${t}`)}function Pi(e=``,t=``){return`--${Ni(e,t)}`}function Fi(e=``){return((e.match(/{/g)||[]).length+(e.match(/}/g)||[]).length)%2!=0}function Ii(e,t=``,n=``,r=[],i){if(z(e)){let t=e.trim();if(Fi(t))return;if(sr(t,Di)){let e=t.replaceAll(Di,e=>`var(${Pi(n,mr(e.replace(/{|}/g,``).split(`.`).filter(e=>!r.some(t=>sr(e,t))).join(`-`)))}${I(i)?`, ${i}`:``})`);return sr(e.replace(ki,`0`),Oi)?`calc(${e})`:e}return t}if(ir(e))return e}function Li(e,t,n){z(t,!1)&&e.push(`${t}:${n};`)}function Ri(e,t){return e?`${e}{${t}}`:``}function zi(e,t){if(e.indexOf(`dt(`)===-1)return e;function n(e,t){let n=[],i=0,a=``,o=null,s=0;for(;i<=e.length;){let c=e[i];if((c===`"`||c===`'`||c==="`")&&e[i-1]!==`\\`&&(o=o===c?null:c),!o&&(c===`(`&&s++,c===`)`&&s--,(c===`,`||i===e.length)&&s===0)){let e=a.trim();e.startsWith(`dt(`)?n.push(zi(e,t)):n.push(r(e)),a=``,i++}else c!==void 0&&(a+=c),i++}return n}function r(e){let t=e[0];if((t===`"`||t===`'`||t==="`")&&e[e.length-1]===t)return e.slice(1,-1);let n=Number(e);return isNaN(n)?e:n}let i=[],a=[];for(let t=0;t<e.length;t++)if(e[t]===`d`&&e.slice(t,t+3)===`dt(`)a.push(t),t+=2;else if(e[t]===`)`&&a.length>0){let e=a.pop();a.length===0&&i.push([e,t])}if(!i.length)return e;for(let r=i.length-1;r>=0;r--){let[a,o]=i[r],s=t(...n(e.slice(a+3,o),t));e=e.slice(0,a)+s+e.slice(o+1)}return e}var Bi=e=>{let t=G.getTheme(),n=Hi(t,e,void 0,`variable`);return{name:n?.match(/--[\w-]+/g)?.[0],variable:n,value:Hi(t,e,void 0,`value`)}},Vi=(...e)=>Hi(G.getTheme(),...e),Hi=(e={},t,n,r)=>{if(t){let{variable:i,options:a}=G.defaults||{},{prefix:o,transform:s}=e?.options||a||{},c=sr(t,Di)?t:`{${t}}`;return r===`value`||F(r)&&s===`strict`?G.getTokenValue(t):Ii(c,void 0,o,[i.excludedKeyRegex],n)}return``};function Ui(e,...t){return e instanceof Array?zi(e.reduce((e,n,r)=>e+n+(R(t[r],{dt:Vi})??``),``),Vi):R(e,{dt:Vi})}function Wi(e,t={}){let n=G.defaults.variable,{prefix:r=n.prefix,selector:i=n.selector,excludedKeyRegex:a=n.excludedKeyRegex}=t,o=[],s=[],c=[{node:e,path:r}];for(;c.length;){let{node:e,path:t}=c.pop();for(let n in e){let i=e[n],l=ji(i),u=sr(n,a)?Ni(t):Ni(t,mr(n));if(L(l))c.push({node:l,path:u});else{Li(s,Pi(u),Ii(l,u,r,[a]));let e=u;r&&e.startsWith(r+`-`)&&(e=e.slice(r.length+1)),o.push(e.replace(/-/g,`.`))}}}let l=s.join(``);return{value:s,tokens:o,declarations:l,css:Ri(i,l)}}var W={regex:{rules:{class:{pattern:/^\.([a-zA-Z][\w-]*)$/,resolve(e){return{type:`class`,selector:e,matched:this.pattern.test(e.trim())}}},attr:{pattern:/^\[(.*)\]$/,resolve(e){return{type:`attr`,selector:`:root${e},:host${e}`,matched:this.pattern.test(e.trim())}}},media:{pattern:/^@media (.*)$/,resolve(e){return{type:`media`,selector:e,matched:this.pattern.test(e.trim())}}},system:{pattern:/^system$/,resolve(e){return{type:`system`,selector:`@media (prefers-color-scheme: dark)`,matched:this.pattern.test(e.trim())}}},custom:{resolve(e){return{type:`custom`,selector:e,matched:!0}}}},resolve(e){let t=Object.keys(this.rules).filter(e=>e!==`custom`).map(e=>this.rules[e]);return[e].flat().map(e=>t.map(t=>t.resolve(e)).find(e=>e.matched)??this.rules.custom.resolve(e))}},_toVariables(e,t){return Wi(e,{prefix:t?.prefix})},getCommon({name:e=``,theme:t={},params:n,set:r,defaults:i}){let{preset:a,options:o}=t,s,c,l,u,d,f,p;if(I(a)&&o.transform!==`strict`){let{primitive:t,semantic:n,extend:m}=a,h=n||{},{colorScheme:g}=h,_=H(h,[`colorScheme`]),v=m||{},{colorScheme:y}=v,b=H(v,[`colorScheme`]),ee=g||{},{dark:x}=ee,te=H(ee,[`dark`]),S=y||{},{dark:C}=S,w=H(S,[`dark`]),T=I(t)?this._toVariables({primitive:t},o):{},E=I(_)?this._toVariables({semantic:_},o):{},D=I(te)?this._toVariables({light:te},o):{},ne=I(x)?this._toVariables({dark:x},o):{},re=I(b)?this._toVariables({semantic:b},o):{},ie=I(w)?this._toVariables({light:w},o):{},ae=I(C)?this._toVariables({dark:C},o):{},[oe,se]=[T.declarations??``,T.tokens],[ce,O]=[E.declarations??``,E.tokens||[]],[le,ue]=[D.declarations??``,D.tokens||[]],[de,fe]=[ne.declarations??``,ne.tokens||[]],[pe,me]=[re.declarations??``,re.tokens||[]],[he,ge]=[ie.declarations??``,ie.tokens||[]],[_e,ve]=[ae.declarations??``,ae.tokens||[]];s=this.transformCSS(e,oe,`light`,`variable`,o,r,i),c=se,l=`${this.transformCSS(e,`${ce}${le}`,`light`,`variable`,o,r,i)}${this.transformCSS(e,`${de}`,`dark`,`variable`,o,r,i)}`,u=[...new Set([...O,...ue,...fe])],d=`${this.transformCSS(e,`${pe}${he}color-scheme:light`,`light`,`variable`,o,r,i)}${this.transformCSS(e,`${_e}color-scheme:dark`,`dark`,`variable`,o,r,i)}`,f=[...new Set([...me,...ge,...ve])],p=R(a.css,{dt:Vi})}return{primitive:{css:s,tokens:c},semantic:{css:l,tokens:u},global:{css:d,tokens:f},style:p}},getPreset({name:e=``,preset:t={},options:n,params:r,set:i,defaults:a,selector:o}){let s,c,l;if(I(t)&&n.transform!==`strict`){let r=e.replace(`-directive`,``),u=t,{colorScheme:d,extend:f,css:p}=u,m=H(u,[`colorScheme`,`extend`,`css`]),h=f||{},{colorScheme:g}=h,_=H(h,[`colorScheme`]),v=d||{},{dark:y}=v,b=H(v,[`dark`]),ee=g||{},{dark:x}=ee,te=H(ee,[`dark`]),S=I(m)?this._toVariables({[r]:V(V({},m),_)},n):{},C=I(b)?this._toVariables({[r]:V(V({},b),te)},n):{},w=I(y)?this._toVariables({[r]:V(V({},y),x)},n):{},[T,E]=[S.declarations??``,S.tokens||[]],[D,ne]=[C.declarations??``,C.tokens||[]],[re,ie]=[w.declarations??``,w.tokens||[]];s=`${this.transformCSS(r,`${T}${D}`,`light`,`variable`,n,i,a,o)}${this.transformCSS(r,re,`dark`,`variable`,n,i,a,o)}`,c=[...new Set([...E,...ne,...ie])],l=R(p,{dt:Vi})}return{css:s,tokens:c,style:l}},getPresetC({name:e=``,theme:t={},params:n,set:r,defaults:i}){let{preset:a,options:o}=t,s=a?.components?.[e];return this.getPreset({name:e,preset:s,options:o,params:n,set:r,defaults:i})},getPresetD({name:e=``,theme:t={},params:n,set:r,defaults:i}){let a=e.replace(`-directive`,``),{preset:o,options:s}=t,c=o?.components?.[a]||o?.directives?.[a];return this.getPreset({name:a,preset:c,options:s,params:n,set:r,defaults:i})},applyDarkColorScheme(e){return e.darkModeSelector!==`none`&&e.darkModeSelector!==!1},getColorSchemeOption(e,t){return this.applyDarkColorScheme(e)?this.regex.resolve(e.darkModeSelector===!0?t.options.darkModeSelector:e.darkModeSelector??t.options.darkModeSelector):[]},getLayerOrder(e,t={},n,r){let{cssLayer:i}=t;return i?`@layer ${R(i.order||i.name||`primeui`,n)}`:``},getCommonStyleSheet({name:e=``,theme:t={},params:n,props:r={},set:i,defaults:a}){let o=this.getCommon({name:e,theme:t,params:n,set:i,defaults:a}),s=Object.entries(r).reduce((e,[t,n])=>e.push(`${t}="${n}"`)&&e,[]).join(` `);return Object.entries(o||{}).reduce((e,[t,n])=>{if(L(n)&&Object.hasOwn(n,`css`)){let r=lr(n.css),i=`${t}-variables`;e.push(`<style type="text/css" data-primevue-style-id="${i}" ${s}>${r}</style>`)}return e},[]).join(``)},getStyleSheet({name:e=``,theme:t={},params:n,props:r={},set:i,defaults:a}){let o={name:e,theme:t,params:n,set:i,defaults:a},s=(e.includes(`-directive`)?this.getPresetD(o):this.getPresetC(o))?.css,c=Object.entries(r).reduce((e,[t,n])=>e.push(`${t}="${n}"`)&&e,[]).join(` `);return s?`<style type="text/css" data-primevue-style-id="${e}-variables" ${c}>${lr(s)}</style>`:``},createTokens(e={},t,n=``,r=``,i={}){let a=function(e,t={},n=[]){if(n.includes(this.path))return console.warn(`Circular reference detected at ${this.path}`),{colorScheme:e,path:this.path,paths:t,value:void 0};n.push(this.path),t.name=this.path,t.binding||={};let r=this.value;if(typeof this.value==`string`&&Di.test(this.value)){let i=this.value.trim().replace(Di,r=>{let i=r.slice(1,-1),a=this.tokens[i];if(!a)return console.warn(`Token not found for path: ${i}`),`__UNRESOLVED__`;let o=a.computed(e,t,n);return Array.isArray(o)&&o.length===2?`light-dark(${o[0].value},${o[1].value})`:o?.value??`__UNRESOLVED__`});r=Oi.test(i.replace(ki,`0`))?`calc(${i})`:i}return F(t.binding)&&delete t.binding,n.pop(),{colorScheme:e,path:this.path,paths:t,value:r.includes(`__UNRESOLVED__`)?void 0:r}},o=(e,n,r)=>{Object.entries(e).forEach(([e,s])=>{let c=sr(e,t.variable.excludedKeyRegex)?n:n?`${n}.${Ai(e)}`:Ai(e),l=r?`${r}.${e}`:e;L(s)?o(s,c,l):(i[c]||(i[c]={paths:[],computed:(e,t={},n=[])=>{if(i[c].paths.length===1)return i[c].paths[0].computed(i[c].paths[0].scheme,t.binding,n);if(e&&e!==`none`)for(let r=0;r<i[c].paths.length;r++){let a=i[c].paths[r];if(a.scheme===e)return a.computed(e,t.binding,n)}return i[c].paths.map(e=>e.computed(e.scheme,t[e.scheme],n))}}),i[c].paths.push({path:l,value:s,scheme:l.includes(`colorScheme.light`)?`light`:l.includes(`colorScheme.dark`)?`dark`:`none`,computed:a,tokens:i}))})};return o(e,n,r),i},getTokenValue(e,t,n){let r=(e=>e.split(`.`).filter(e=>!sr(e.toLowerCase(),n.variable.excludedKeyRegex)).join(`.`))(t),i=t.includes(`colorScheme.light`)?`light`:t.includes(`colorScheme.dark`)?`dark`:void 0,a=[e[r]?.computed(i)].flat().filter(e=>e);return a.length===1?a[0].value:a.reduce((e={},t)=>{let n=t,{colorScheme:r}=n;return e[r]=H(n,[`colorScheme`]),e},void 0)},getSelectorRule(e,t,n,r){return n===`class`||n===`attr`?Ri(I(t)?`${e}${t},${e} ${t}`:e,r):Ri(e,Ri(t??`:root,:host`,r))},transformCSS(e,t,n,r,i={},a,o,s){if(I(t)){let{cssLayer:c}=i;if(r!==`style`){let e=this.getColorSchemeOption(i,o);t=n===`dark`?e.reduce((e,{type:n,selector:r})=>(I(r)&&(e+=r.includes(`[CSS]`)?r.replace(`[CSS]`,t):this.getSelectorRule(r,s,n,t)),e),``):Ri(s??`:root,:host`,t)}if(c){let n={name:`primeui`,order:`primeui`};L(c)&&(n.name=R(c.name,{name:e,type:r})),I(n.name)&&(t=Ri(`@layer ${n.name}`,t),a?.layerNames(n.name))}return t}return``}},G={defaults:{variable:{prefix:`p`,selector:`:root,:host`,excludedKeyRegex:/^(primitive|semantic|components|directives|variables|colorscheme|light|dark|common|root|states|extend|css)$/gi},options:{prefix:`p`,darkModeSelector:`system`,cssLayer:!1}},_theme:void 0,_layerNames:new Set,_loadedStyleNames:new Set,_loadingStyles:new Set,_tokens:{},update(e={}){let{theme:t}=e;t&&(this._theme=Ti(V({},t),{options:V(V({},this.defaults.options),t.options)}),this._tokens=W.createTokens(this.preset,this.defaults),this.clearLoadedStyleNames())},get theme(){return this._theme},get preset(){return this.theme?.preset||{}},get options(){return this.theme?.options||{}},get tokens(){return this._tokens},getTheme(){return this.theme},setTheme(e){this.update({theme:e}),U.emit(`theme:change`,e)},getPreset(){return this.preset},setPreset(e){this._theme=Ti(V({},this.theme),{preset:e}),this._tokens=W.createTokens(e,this.defaults),this.clearLoadedStyleNames(),U.emit(`preset:change`,e),U.emit(`theme:change`,this.theme)},getOptions(){return this.options},setOptions(e){this._theme=Ti(V({},this.theme),{options:e}),this.clearLoadedStyleNames(),U.emit(`options:change`,e),U.emit(`theme:change`,this.theme)},getLayerNames(){return[...this._layerNames]},setLayerNames(e){this._layerNames.add(e)},getLoadedStyleNames(){return this._loadedStyleNames},isStyleNameLoaded(e){return this._loadedStyleNames.has(e)},setLoadedStyleName(e){this._loadedStyleNames.add(e)},deleteLoadedStyleName(e){this._loadedStyleNames.delete(e)},clearLoadedStyleNames(){this._loadedStyleNames.clear()},getTokenValue(e){return W.getTokenValue(this.tokens,e,this.defaults)},getCommon(e=``,t){return W.getCommon({name:e,theme:this.theme,params:t,defaults:this.defaults,set:{layerNames:this.setLayerNames.bind(this)}})},getComponent(e=``,t){let n={name:e,theme:this.theme,params:t,defaults:this.defaults,set:{layerNames:this.setLayerNames.bind(this)}};return W.getPresetC(n)},getDirective(e=``,t){let n={name:e,theme:this.theme,params:t,defaults:this.defaults,set:{layerNames:this.setLayerNames.bind(this)}};return W.getPresetD(n)},getCustomPreset(e=``,t,n,r){let i={name:e,preset:t,options:this.options,selector:n,params:r,defaults:this.defaults,set:{layerNames:this.setLayerNames.bind(this)}};return W.getPreset(i)},getLayerOrderCSS(e=``){return W.getLayerOrder(e,this.options,{names:this.getLayerNames()},this.defaults)},transformCSS(e=``,t,n=`style`,r){return W.transformCSS(e,t,r,n,this.options,{layerNames:this.setLayerNames.bind(this)},this.defaults)},getCommonStyleSheet(e=``,t,n={}){return W.getCommonStyleSheet({name:e,theme:this.theme,params:t,props:n,defaults:this.defaults,set:{layerNames:this.setLayerNames.bind(this)}})},getStyleSheet(e,t,n={}){return W.getStyleSheet({name:e,theme:this.theme,params:t,props:n,defaults:this.defaults,set:{layerNames:this.setLayerNames.bind(this)}})},onStyleMounted(e){this._loadingStyles.add(e)},onStyleUpdated(e){this._loadingStyles.add(e)},onStyleLoaded(e,{name:t}){this._loadingStyles.size&&(this._loadingStyles.delete(t),U.emit(`theme:${t}:load`,e),!this._loadingStyles.size&&U.emit(`theme:load`))}},Gi=`
    *,
    ::before,
    ::after {
        box-sizing: border-box;
    }

    .p-collapsible-enter-active {
        animation: p-animate-collapsible-expand 0.2s ease-out;
        overflow: hidden;
    }

    .p-collapsible-leave-active {
        animation: p-animate-collapsible-collapse 0.2s ease-out;
        overflow: hidden;
    }

    @keyframes p-animate-collapsible-expand {
        from {
            grid-template-rows: 0fr;
        }
        to {
            grid-template-rows: 1fr;
        }
    }

    @keyframes p-animate-collapsible-collapse {
        from {
            grid-template-rows: 1fr;
        }
        to {
            grid-template-rows: 0fr;
        }
    }

    .p-disabled,
    .p-disabled * {
        cursor: default;
        pointer-events: none;
        user-select: none;
    }

    .p-disabled,
    .p-component:disabled {
        opacity: dt('disabled.opacity');
    }

    .pi {
        font-size: dt('icon.size');
    }

    .p-icon {
        width: dt('icon.size');
        height: dt('icon.size');
    }

    .p-overlay-mask {
        background: var(--px-mask-background, dt('mask.background'));
        color: dt('mask.color');
        position: fixed;
        top: 0;
        left: 0;
        width: 100%;
        height: 100%;
    }

    .p-overlay-mask-enter-active {
        animation: p-animate-overlay-mask-enter dt('mask.transition.duration') forwards;
    }

    .p-overlay-mask-leave-active {
        animation: p-animate-overlay-mask-leave dt('mask.transition.duration') forwards;
    }

    @keyframes p-animate-overlay-mask-enter {
        from {
            background: transparent;
        }
        to {
            background: var(--px-mask-background, dt('mask.background'));
        }
    }
    @keyframes p-animate-overlay-mask-leave {
        from {
            background: var(--px-mask-background, dt('mask.background'));
        }
        to {
            background: transparent;
        }
    }

    .p-anchored-overlay-enter-active {
        animation: p-animate-anchored-overlay-enter 300ms cubic-bezier(.19,1,.22,1);
    }

    .p-anchored-overlay-leave-active {
        animation: p-animate-anchored-overlay-leave 300ms cubic-bezier(.19,1,.22,1);
    }

    @keyframes p-animate-anchored-overlay-enter {
        from {
            opacity: 0;
            transform: scale(0.93);
        }
    }

    @keyframes p-animate-anchored-overlay-leave {
        to {
            opacity: 0;
            transform: scale(0.93);
        }
    }
`;function Ki(e){"@babel/helpers - typeof";return Ki=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Ki(e)}function qi(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function Ji(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?qi(Object(n),!0).forEach(function(t){Yi(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):qi(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function Yi(e,t,n){return(t=Xi(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Xi(e){var t=Zi(e,`string`);return Ki(t)==`symbol`?t:t+``}function Zi(e,t){if(Ki(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Ki(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function Qi(e){var n=arguments.length>1&&arguments[1]!==void 0?arguments[1]:!0;S()&&S().components?_(e):n?e():t(e)}var $i=0;function ea(t){var n=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},r=p(!1),i=p(t),a=p(null),o=di()?window.document:void 0,s=n.document,c=s===void 0?o:s,l=n.immediate,u=l===void 0||l,d=n.manual,f=d!==void 0&&d,m=n.name,h=m===void 0?`style_${++$i}`:m,g=n.id,_=g===void 0?void 0:g,v=n.media,y=v===void 0?void 0:v,b=n.nonce,ee=b===void 0?void 0:b,x=n.first,S=x!==void 0&&x,C=n.onMounted,w=C===void 0?void 0:C,T=n.onUpdated,E=T===void 0?void 0:T,D=n.onLoad,ne=D===void 0?void 0:D,re=n.props,ie=re===void 0?{}:re,ae=function(){},oe=function(n){var o=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};if(c){var s=Ji(Ji({},ie),o),l=s.name||h,u=s.id||_,d=s.nonce||ee;a.value=c.querySelector(`style[data-primevue-style-id="${l}"]`)||c.getElementById(u)||c.createElement(`style`),a.value.isConnected||(i.value=n||t,Br(a.value,{type:`text/css`,id:u,media:y,nonce:d}),S?c.head.prepend(a.value):c.head.appendChild(a.value),hi(a.value,`data-primevue-style-id`,l),Br(a.value,s),a.value.onload=function(e){return ne?.(e,{name:l})},w?.(l)),r.value||=(ae=e(i,function(e){a.value.textContent=e,E?.(l)},{immediate:!0}),!0)}};return u&&!f&&Qi(oe),{id:_,name:h,el:a,css:i,unload:function(){c&&r.value&&(ae(),Lr(a.value)&&c.head.removeChild(a.value),r.value=!1,a.value=null)},load:oe,isLoaded:te(r)}}function ta(e){"@babel/helpers - typeof";return ta=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},ta(e)}var na,ra,ia,aa;function oa(e,t){return da(e)||ua(e,t)||ca(e,t)||sa()}function sa(){throw TypeError(`Invalid attempt to destructure non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function ca(e,t){if(e){if(typeof e==`string`)return la(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?la(e,t):void 0}}function la(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function ua(e,t){var n=e==null?null:typeof Symbol<`u`&&e[Symbol.iterator]||e[`@@iterator`];if(n!=null){var r,i,a,o,s=[],c=!0,l=!1;try{if(a=(n=n.call(e)).next,t!==0)for(;!(c=(r=a.call(n)).done)&&(s.push(r.value),s.length!==t);c=!0);}catch(e){l=!0,i=e}finally{try{if(!c&&n.return!=null&&(o=n.return(),Object(o)!==o))return}finally{if(l)throw i}}return s}}function da(e){if(Array.isArray(e))return e}function fa(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function pa(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?fa(Object(n),!0).forEach(function(t){ma(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):fa(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function ma(e,t,n){return(t=ha(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function ha(e){var t=ga(e,`string`);return ta(t)==`symbol`?t:t+``}function ga(e,t){if(ta(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(ta(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function _a(e,t){return t||=e.slice(0),Object.freeze(Object.defineProperties(e,{raw:{value:Object.freeze(t)}}))}var K={name:`base`,css:function(e){var t=e.dt;return`
.p-hidden-accessible {
    border: 0;
    clip: rect(0 0 0 0);
    height: 1px;
    margin: -1px;
    opacity: 0;
    overflow: hidden;
    padding: 0;
    pointer-events: none;
    position: absolute;
    white-space: nowrap;
    width: 1px;
}

.p-overflow-hidden {
    overflow: hidden;
    padding-right: ${t(`scrollbar.width`)};
}
`},style:Gi,classes:{},inlineStyles:{},load:function(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},n=(arguments.length>2&&arguments[2]!==void 0?arguments[2]:function(e){return e})(Ui(na||=_a([``,``]),e));return I(n)?ea(lr(n),pa({name:this.name},t)):{}},loadCSS:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{};return this.load(this.css,e)},loadStyle:function(){var e=this,t=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},n=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``;return this.load(this.style,t,function(){var r=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``;return G.transformCSS(t.name||e.name,`${r}${Ui(ra||=_a([``,``]),n)}`)})},getCommonTheme:function(e){return G.getCommon(this.name,e)},getComponentTheme:function(e){return G.getComponent(this.name,e)},getDirectiveTheme:function(e){return G.getDirective(this.name,e)},getPresetTheme:function(e,t,n){return G.getCustomPreset(this.name,e,t,n)},getLayerOrderThemeCSS:function(){return G.getLayerOrderCSS(this.name)},getStyleSheet:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};if(this.css){var n=R(this.css,{dt:Vi})||``,r=lr(Ui(ia||=_a([``,``,``]),n,e)),i=Object.entries(t).reduce(function(e,t){var n=oa(t,2),r=n[0],i=n[1];return e.push(`${r}="${i}"`)&&e},[]).join(` `);return I(r)?`<style type="text/css" data-primevue-style-id="${this.name}" ${i}>${r}</style>`:``}return``},getCommonThemeStyleSheet:function(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};return G.getCommonStyleSheet(this.name,e,t)},getThemeStyleSheet:function(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},n=[G.getStyleSheet(this.name,e,t)];if(this.style){var r=this.name===`base`?`global-style`:`${this.name}-style`,i=Ui(aa||=_a([``,``]),R(this.style,{dt:Vi})),a=lr(G.transformCSS(r,i)),o=Object.entries(t).reduce(function(e,t){var n=oa(t,2),r=n[0],i=n[1];return e.push(`${r}="${i}"`)&&e},[]).join(` `);I(a)&&n.push(`<style type="text/css" data-primevue-style-id="${r}" ${o}>${a}</style>`)}return n.join(``)},extend:function(e){return pa(pa({},this),{},{css:void 0,style:void 0},e)}},va=hr(),q={_loadedStyleNames:new Set,getLoadedStyleNames:function(){return this._loadedStyleNames},isStyleNameLoaded:function(e){return this._loadedStyleNames.has(e)},setLoadedStyleName:function(e){this._loadedStyleNames.add(e)},deleteLoadedStyleName:function(e){this._loadedStyleNames.delete(e)},clearLoadedStyleNames:function(){this._loadedStyleNames.clear()}};function ya(e){"@babel/helpers - typeof";return ya=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},ya(e)}function ba(e,t){return Ta(e)||wa(e,t)||Sa(e,t)||xa()}function xa(){throw TypeError(`Invalid attempt to destructure non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function Sa(e,t){if(e){if(typeof e==`string`)return Ca(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?Ca(e,t):void 0}}function Ca(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function wa(e,t){var n=e==null?null:typeof Symbol<`u`&&e[Symbol.iterator]||e[`@@iterator`];if(n!=null){var r,i,a,o,s=[],c=!0,l=!1;try{if(a=(n=n.call(e)).next,t!==0)for(;!(c=(r=a.call(n)).done)&&(s.push(r.value),s.length!==t);c=!0);}catch(e){l=!0,i=e}finally{try{if(!c&&n.return!=null&&(o=n.return(),Object(o)!==o))return}finally{if(l)throw i}}return s}}function Ta(e){if(Array.isArray(e))return e}function Ea(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function J(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?Ea(Object(n),!0).forEach(function(t){Da(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):Ea(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function Da(e,t,n){return(t=Oa(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Oa(e){var t=ka(e,`string`);return ya(t)==`symbol`?t:t+``}function ka(e,t){if(ya(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(ya(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var Y={_getMeta:function(){return[L(arguments.length<=0?void 0:arguments[0])||arguments.length<=0?void 0:arguments[0],R(L(arguments.length<=0?void 0:arguments[0])?arguments.length<=0?void 0:arguments[0]:arguments.length<=1?void 0:arguments[1])]},_getConfig:function(e,t){var n,r;return((e==null||(n=e.instance)==null?void 0:n.$primevue)||(t==null||(r=t.ctx)==null||(r=r.appContext)==null||(r=r.config)==null||(r=r.globalProperties)==null?void 0:r.$primevue))?.config},_getOptionValue:nr,_getPTValue:function(){var e,t=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},n=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},r=arguments.length>2&&arguments[2]!==void 0?arguments[2]:``,i=arguments.length>3&&arguments[3]!==void 0?arguments[3]:{},a=arguments.length>4&&arguments[4]!==void 0?arguments[4]:!0,o=function(){var e=Y._getOptionValue.apply(Y,arguments);return z(e)||rr(e)?{class:e}:e},s=((e=t.binding)==null||(e=e.value)==null?void 0:e.ptOptions)||t.$primevueConfig?.ptOptions||{},c=s.mergeSections,l=c===void 0||c,u=s.mergeProps,d=u!==void 0&&u,f=a?Y._useDefaultPT(t,t.defaultPT(),o,r,i):void 0,p=Y._usePT(t,Y._getPT(n,t.$name),o,r,J(J({},i),{},{global:f||{}})),m=Y._getPTDatasets(t,r);return l||!l&&p?d?Y._mergeProps(t,d,f,p,m):J(J(J({},f),p),m):J(J({},p),m)},_getPTDatasets:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,n=`data-pc-`;return J(J({},t===`root`&&Da({},`${n}name`,B(e.$name))),{},Da({},`${n}section`,B(t)))},_getPT:function(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,n=arguments.length>2?arguments[2]:void 0,r=function(e){var r=n?n(e):e,i=B(t);return r?.[i]??r};return e&&Object.hasOwn(e,`_usept`)?{_usept:e._usept,originalValue:r(e.originalValue),value:r(e.value)}:r(e)},_usePT:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=arguments.length>1?arguments[1]:void 0,n=arguments.length>2?arguments[2]:void 0,r=arguments.length>3?arguments[3]:void 0,i=arguments.length>4?arguments[4]:void 0,a=function(e){return n(e,r,i)};if(t&&Object.hasOwn(t,`_usept`)){var o=t._usept||e.$primevueConfig?.ptOptions||{},s=o.mergeSections,c=s===void 0||s,l=o.mergeProps,u=l!==void 0&&l,d=a(t.originalValue),f=a(t.value);return d===void 0&&f===void 0?void 0:z(f)?f:z(d)?d:c||!c&&f?u?Y._mergeProps(e,u,d,f):J(J({},d),f):f}return a(t)},_useDefaultPT:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},n=arguments.length>2?arguments[2]:void 0,r=arguments.length>3?arguments[3]:void 0,i=arguments.length>4?arguments[4]:void 0;return Y._usePT(e,t,n,r,i)},_loadStyles:function(){var e,t=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},n=arguments.length>1?arguments[1]:void 0,r=arguments.length>2?arguments[2]:void 0,i=Y._getConfig(n,r),a={nonce:i==null||(e=i.csp)==null?void 0:e.nonce};Y._loadCoreStyles(t,a),Y._loadThemeStyles(t,a),Y._loadScopedThemeStyles(t,a),Y._removeThemeListeners(t),t.$loadStyles=function(){return Y._loadThemeStyles(t,a)},Y._themeChangeListener(t.$loadStyles)},_loadCoreStyles:function(){var e,t=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},n=arguments.length>1?arguments[1]:void 0;if(!q.isStyleNameLoaded(t.$style?.name)&&(e=t.$style)!=null&&e.name){var r;K.loadCSS(n),(r=t.$style)==null||r.loadCSS(n),q.setLoadedStyleName(t.$style.name)}},_loadThemeStyles:function(){var e,t,n=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},r=arguments.length>1?arguments[1]:void 0;if(!(n!=null&&n.isUnstyled()||(n==null||(e=n.theme)==null?void 0:e.call(n))===`none`)){if(!G.isStyleNameLoaded(`common`)){var i,a,o=((i=n.$style)==null||(a=i.getCommonTheme)==null?void 0:a.call(i))||{},s=o.primitive,c=o.semantic,l=o.global,u=o.style;K.load(s?.css,J({name:`primitive-variables`},r)),K.load(c?.css,J({name:`semantic-variables`},r)),K.load(l?.css,J({name:`global-variables`},r)),K.loadStyle(J({name:`global-style`},r),u),G.setLoadedStyleName(`common`)}if(!G.isStyleNameLoaded(n.$style?.name)&&(t=n.$style)!=null&&t.name){var d,f,p,m,h=((d=n.$style)==null||(f=d.getDirectiveTheme)==null?void 0:f.call(d))||{},g=h.css,_=h.style;(p=n.$style)==null||p.load(g,J({name:`${n.$style.name}-variables`},r)),(m=n.$style)==null||m.loadStyle(J({name:`${n.$style.name}-style`},r),_),G.setLoadedStyleName(n.$style.name)}if(!G.isStyleNameLoaded(`layer-order`)){var v,y,b=(v=n.$style)==null||(y=v.getLayerOrderThemeCSS)==null?void 0:y.call(v);K.load(b,J({name:`layer-order`,first:!0},r)),G.setLoadedStyleName(`layer-order`)}}},_loadScopedThemeStyles:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=arguments.length>1?arguments[1]:void 0,n=e.preset();if(n&&e.$attrSelector){var r,i,a=(((r=e.$style)==null||(i=r.getPresetTheme)==null?void 0:i.call(r,n,`[${e.$attrSelector}]`))||{}).css;e.scopedStyleEl=(e.$style?.load(a,J({name:`${e.$attrSelector}-${e.$style.name}`},t))).el}},_themeChangeListener:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:function(){};q.clearLoadedStyleNames(),U.on(`theme:change`,e)},_removeThemeListeners:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{};U.off(`theme:change`,e.$loadStyles),e.$loadStyles=void 0},_hook:function(e,t,n,r,i,a){var o,s,c=`on${pr(t)}`,l=Y._getConfig(r,i),u=n?.$instance,d=Y._usePT(u,Y._getPT(r==null||(o=r.value)==null?void 0:o.pt,e),Y._getOptionValue,`hooks.${c}`),f=Y._useDefaultPT(u,l==null||(s=l.pt)==null||(s=s.directives)==null?void 0:s[e],Y._getOptionValue,`hooks.${c}`),p={el:n,binding:r,vnode:i,prevVnode:a};d?.(u,p),f?.(u,p)},_mergeProps:function(){var e=arguments.length>1?arguments[1]:void 0,t=[...arguments].slice(2);return Jn(e)?e.apply(void 0,t):h.apply(void 0,t)},_extend:function(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},n=function(n,r,i,a,o){var s,c,l;r._$instances=r._$instances||{};var u=Y._getConfig(i,a),d=r._$instances[e]||{},f=F(d)?J(J({},t),t?.methods):{};r._$instances[e]=J(J({},d),{},{$name:e,$host:r,$binding:i,$modifiers:i?.modifiers,$value:i?.value,$el:d.$el||r||void 0,$style:J({classes:void 0,inlineStyles:void 0,load:function(){},loadCSS:function(){},loadStyle:function(){}},t?.style),$primevueConfig:u,$attrSelector:(s=r.$pd)==null||(s=s[e])==null?void 0:s.attrSelector,defaultPT:function(){return Y._getPT(u?.pt,void 0,function(t){var n;return t==null||(n=t.directives)==null?void 0:n[e]})},isUnstyled:function(){var t,n;return((t=r._$instances[e])==null||(t=t.$binding)==null||(t=t.value)==null?void 0:t.unstyled)===void 0?u?.unstyled:(n=r._$instances[e])==null||(n=n.$binding)==null||(n=n.value)==null?void 0:n.unstyled},theme:function(){var t;return(t=r._$instances[e])==null||(t=t.$primevueConfig)==null?void 0:t.theme},preset:function(){var t;return(t=r._$instances[e])==null||(t=t.$binding)==null||(t=t.value)==null?void 0:t.dt},ptm:function(){var t,n=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,i=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};return Y._getPTValue(r._$instances[e],(t=r._$instances[e])==null||(t=t.$binding)==null||(t=t.value)==null?void 0:t.pt,n,J({},i))},ptmo:function(){var t=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},n=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,i=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{};return Y._getPTValue(r._$instances[e],t,n,i,!1)},cx:function(){var t,n,i=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,a=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};return(t=r._$instances[e])!=null&&t.isUnstyled()?void 0:Y._getOptionValue((n=r._$instances[e])==null||(n=n.$style)==null?void 0:n.classes,i,J({},a))},sx:function(){var t,n=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,i=arguments.length>1&&arguments[1]!==void 0?arguments[1]:!0,a=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{};return i?Y._getOptionValue((t=r._$instances[e])==null||(t=t.$style)==null?void 0:t.inlineStyles,n,J({},a)):void 0}},f),r.$instance=r._$instances[e],(c=(l=r.$instance)[n])==null||c.call(l,r,i,a,o),r[`$${e}`]=r.$instance,Y._hook(e,n,r,i,a,o),r.$pd||={},r.$pd[e]=J(J({},r.$pd?.[e]),{},{name:e,instance:r._$instances[e]})},r=function(t){var n,r,i,a=t._$instances[e],o=a?.watch,s=function(e){var t,n=e.newValue,r=e.oldValue;return o==null||(t=o.config)==null?void 0:t.call(a,n,r)},c=function(e){var t,n=e.newValue,r=e.oldValue;return o==null||(t=o[`config.ripple`])==null?void 0:t.call(a,n,r)};a.$watchersCallback={config:s,"config.ripple":c},o==null||(n=o.config)==null||n.call(a,a?.$primevueConfig),va.on(`config:change`,s),o==null||(r=o[`config.ripple`])==null||r.call(a,a==null||(i=a.$primevueConfig)==null?void 0:i.ripple),va.on(`config:ripple:change`,c)},i=function(t){var n=t._$instances[e].$watchersCallback;n&&(va.off(`config:change`,n.config),va.off(`config:ripple:change`,n[`config.ripple`]),t._$instances[e].$watchersCallback=void 0)};return{created:function(t,r,i,a){t.$pd||={},t.$pd[e]={name:e,attrSelector:_i(`pd`)},n(`created`,t,r,i,a)},beforeMount:function(t,i,a,o){Y._loadStyles(t.$pd[e]?.instance,i,a),n(`beforeMount`,t,i,a,o),r(t)},mounted:function(t,r,i,a){Y._loadStyles(t.$pd[e]?.instance,r,i),n(`mounted`,t,r,i,a)},beforeUpdate:function(e,t,r,i){n(`beforeUpdate`,e,t,r,i)},updated:function(t,r,i,a){Y._loadStyles(t.$pd[e]?.instance,r,i),n(`updated`,t,r,i,a)},beforeUnmount:function(t,r,a,o){i(t),Y._removeThemeListeners(t.$pd[e]?.instance),n(`beforeUnmount`,t,r,a,o)},unmounted:function(t,r,i,a){var o;(o=t.$pd[e])==null||(o=o.instance)==null||(o=o.scopedStyleEl)==null||(o=o.value)==null||o.remove(),n(`unmounted`,t,r,i,a)}}},extend:function(){var e=ba(Y._getMeta.apply(Y,arguments),2),t=e[0],n=e[1];return J({extend:function(){var e=ba(Y._getMeta.apply(Y,arguments),2),t=e[0],r=e[1];return Y.extend(t,J(J(J({},n),n?.methods),r))}},Y._extend(t,n))}};function Aa(){return`${arguments.length>0&&arguments[0]!==void 0?arguments[0]:`pc`}${m().replace(`v-`,``).replaceAll(`-`,`_`)}`}var ja=K.extend({name:`common`});function Ma(e){"@babel/helpers - typeof";return Ma=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Ma(e)}function Na(e){return Ba(e)||Pa(e)||La(e)||Ia()}function Pa(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function Fa(e,t){return Ba(e)||za(e,t)||La(e,t)||Ia()}function Ia(){throw TypeError(`Invalid attempt to destructure non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function La(e,t){if(e){if(typeof e==`string`)return Ra(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?Ra(e,t):void 0}}function Ra(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function za(e,t){var n=e==null?null:typeof Symbol<`u`&&e[Symbol.iterator]||e[`@@iterator`];if(n!=null){var r,i,a,o,s=[],c=!0,l=!1;try{if(a=(n=n.call(e)).next,t===0){if(Object(n)!==n)return;c=!1}else for(;!(c=(r=a.call(n)).done)&&(s.push(r.value),s.length!==t);c=!0);}catch(e){l=!0,i=e}finally{try{if(!c&&n.return!=null&&(o=n.return(),Object(o)!==o))return}finally{if(l)throw i}}return s}}function Ba(e){if(Array.isArray(e))return e}function Va(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function X(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?Va(Object(n),!0).forEach(function(t){Ha(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):Va(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function Ha(e,t,n){return(t=Ua(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Ua(e){var t=Wa(e,`string`);return Ma(t)==`symbol`?t:t+``}function Wa(e,t){if(Ma(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Ma(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var Ga={name:`BaseComponent`,props:{pt:{type:Object,default:void 0},ptOptions:{type:Object,default:void 0},unstyled:{type:Boolean,default:void 0},dt:{type:Object,default:void 0}},inject:{$parentInstance:{default:void 0}},watch:{isUnstyled:{immediate:!0,handler:function(e){U.off(`theme:change`,this._loadCoreStyles),e||(this._loadCoreStyles(),this._themeChangeListener(this._loadCoreStyles))}},dt:{immediate:!0,handler:function(e,t){var n=this;U.off(`theme:change`,this._themeScopedListener),e?(this._loadScopedThemeStyles(e),this._themeScopedListener=function(){return n._loadScopedThemeStyles(e)},this._themeChangeListener(this._themeScopedListener)):this._unloadScopedThemeStyles()}}},scopedStyleEl:void 0,rootEl:void 0,uid:void 0,$attrSelector:void 0,beforeCreate:function(){var e,t,n,r,i,a,o,s,c,l,u=this.pt?._usept,d=u?(e=this.pt)==null||(e=e.originalValue)==null?void 0:e[this.$.type.name]:void 0;(n=(u?(t=this.pt)==null||(t=t.value)==null?void 0:t[this.$.type.name]:this.pt)||d)==null||(n=n.hooks)==null||(r=n.onBeforeCreate)==null||r.call(n);var f=(i=this.$primevueConfig)==null||(i=i.pt)==null?void 0:i._usept,p=f?(a=this.$primevue)==null||(a=a.config)==null||(a=a.pt)==null?void 0:a.originalValue:void 0;(c=(f?(o=this.$primevue)==null||(o=o.config)==null||(o=o.pt)==null?void 0:o.value:(s=this.$primevue)==null||(s=s.config)==null?void 0:s.pt)||p)==null||(c=c[this.$.type.name])==null||(c=c.hooks)==null||(l=c.onBeforeCreate)==null||l.call(c),this.$attrSelector=Aa(),this.uid=this.$attrs.id||this.$attrSelector.replace(`pc`,`pv_id_`)},created:function(){this._hook(`onCreated`)},beforeMount:function(){this.rootEl=Wr(Rr(this.$el)?this.$el:this.$el?.parentElement,`[${this.$attrSelector}]`),this.rootEl&&(this.rootEl.$pc=X({name:this.$.type.name,attrSelector:this.$attrSelector},this.$params)),this._loadStyles(),this._hook(`onBeforeMount`)},mounted:function(){this._hook(`onMounted`)},beforeUpdate:function(){this._hook(`onBeforeUpdate`)},updated:function(){this._hook(`onUpdated`)},beforeUnmount:function(){this._hook(`onBeforeUnmount`)},unmounted:function(){this._removeThemeListeners(),this._unloadScopedThemeStyles(),this._hook(`onUnmounted`)},methods:{_hook:function(e){if(!this.$options.hostName){var t=this._usePT(this._getPT(this.pt,this.$.type.name),this._getOptionValue,`hooks.${e}`),n=this._useDefaultPT(this._getOptionValue,`hooks.${e}`);t?.(),n?.()}},_mergeProps:function(e){var t=[...arguments].slice(1);return Jn(e)?e.apply(void 0,t):h.apply(void 0,t)},_load:function(){q.isStyleNameLoaded(`base`)||(K.loadCSS(this.$styleOptions),this._loadGlobalStyles(),q.setLoadedStyleName(`base`)),this._loadThemeStyles()},_loadStyles:function(){this._load(),this._themeChangeListener(this._load)},_loadCoreStyles:function(){var e;!q.isStyleNameLoaded(this.$style?.name)&&(e=this.$style)!=null&&e.name&&(ja.loadCSS(this.$styleOptions),this.$options.style&&this.$style.loadCSS(this.$styleOptions),q.setLoadedStyleName(this.$style.name))},_loadGlobalStyles:function(){var e=this._useGlobalPT(this._getOptionValue,`global.css`,this.$params);I(e)&&K.load(e,X({name:`global`},this.$styleOptions))},_loadThemeStyles:function(){var e;if(!(this.isUnstyled||this.$theme===`none`)){if(!G.isStyleNameLoaded(`common`)){var t,n,r=((t=this.$style)==null||(n=t.getCommonTheme)==null?void 0:n.call(t))||{},i=r.primitive,a=r.semantic,o=r.global,s=r.style;K.load(i?.css,X({name:`primitive-variables`},this.$styleOptions)),K.load(a?.css,X({name:`semantic-variables`},this.$styleOptions)),K.load(o?.css,X({name:`global-variables`},this.$styleOptions)),K.loadStyle(X({name:`global-style`},this.$styleOptions),s),G.setLoadedStyleName(`common`)}if(!G.isStyleNameLoaded(this.$style?.name)&&(e=this.$style)!=null&&e.name){var c,l,u,d,f=((c=this.$style)==null||(l=c.getComponentTheme)==null?void 0:l.call(c))||{},p=f.css,m=f.style;(u=this.$style)==null||u.load(p,X({name:`${this.$style.name}-variables`},this.$styleOptions)),(d=this.$style)==null||d.loadStyle(X({name:`${this.$style.name}-style`},this.$styleOptions),m),G.setLoadedStyleName(this.$style.name)}if(!G.isStyleNameLoaded(`layer-order`)){var h,g,_=(h=this.$style)==null||(g=h.getLayerOrderThemeCSS)==null?void 0:g.call(h);K.load(_,X({name:`layer-order`,first:!0},this.$styleOptions)),G.setLoadedStyleName(`layer-order`)}}},_loadScopedThemeStyles:function(e){var t,n,r=(((t=this.$style)==null||(n=t.getPresetTheme)==null?void 0:n.call(t,e,`[${this.$attrSelector}]`))||{}).css,i=this.$style?.load(r,X({name:`${this.$attrSelector}-${this.$style.name}`},this.$styleOptions));this.scopedStyleEl=i.el},_unloadScopedThemeStyles:function(){var e;(e=this.scopedStyleEl)==null||(e=e.value)==null||e.remove()},_themeChangeListener:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:function(){};q.clearLoadedStyleNames(),U.on(`theme:change`,e)},_removeThemeListeners:function(){U.off(`theme:change`,this._loadCoreStyles),U.off(`theme:change`,this._load),U.off(`theme:change`,this._themeScopedListener)},_getHostInstance:function(e){return e?this.$options.hostName?e.$.type.name===this.$options.hostName?e:this._getHostInstance(e.$parentInstance):e.$parentInstance:void 0},_getPropValue:function(e){return this[e]||this._getHostInstance(this)?.[e]},_getOptionValue:function(e){return nr(e,arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,arguments.length>2&&arguments[2]!==void 0?arguments[2]:{})},_getPTValue:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,n=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{},r=arguments.length>3&&arguments[3]!==void 0?arguments[3]:!0,i=/./g.test(t)&&!!n[t.split(`.`)[0]],a=this._getPropValue(`ptOptions`)||this.$primevueConfig?.ptOptions||{},o=a.mergeSections,s=o===void 0||o,c=a.mergeProps,l=c!==void 0&&c,u=r?i?this._useGlobalPT(this._getPTClassValue,t,n):this._useDefaultPT(this._getPTClassValue,t,n):void 0,d=i?void 0:this._getPTSelf(e,this._getPTClassValue,t,X(X({},n),{},{global:u||{}})),f=this._getPTDatasets(t);return s||!s&&d?l?this._mergeProps(l,u,d,f):X(X(X({},u),d),f):X(X({},d),f)},_getPTSelf:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=[...arguments].slice(1);return h(this._usePT.apply(this,[this._getPT(e,this.$name)].concat(t)),this._usePT.apply(this,[this.$_attrsPT].concat(t)))},_getPTDatasets:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,t=`data-pc-`,n=e===`root`&&I(this.pt?.[`data-pc-section`]);return e!==`transition`&&X(X({},e===`root`&&X(X(Ha({},`${t}name`,B(n?this.pt?.[`data-pc-section`]:this.$.type.name)),n&&Ha({},`${t}extend`,B(this.$.type.name))),{},Ha({},`${this.$attrSelector}`,``))),{},Ha({},`${t}section`,B(e)))},_getPTClassValue:function(){var e=this._getOptionValue.apply(this,arguments);return z(e)||rr(e)?{class:e}:e},_getPT:function(e){var t=this,n=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,r=arguments.length>2?arguments[2]:void 0,i=function(e){var i=arguments.length>1&&arguments[1]!==void 0&&arguments[1],a=r?r(e):e,o=B(n),s=B(t.$name);return(i&&o===s?void 0:a?.[o])??a};return e!=null&&e.hasOwnProperty(`_usept`)?{_usept:e._usept,originalValue:i(e.originalValue),value:i(e.value)}:i(e,!0)},_usePT:function(e,t,n,r){var i=function(e){return t(e,n,r)};if(e!=null&&e.hasOwnProperty(`_usept`)){var a=e._usept||this.$primevueConfig?.ptOptions||{},o=a.mergeSections,s=o===void 0||o,c=a.mergeProps,l=c!==void 0&&c,u=i(e.originalValue),d=i(e.value);return u===void 0&&d===void 0?void 0:z(d)?d:z(u)?u:s||!s&&d?l?this._mergeProps(l,u,d):X(X({},u),d):d}return i(e)},_useGlobalPT:function(e,t,n){return this._usePT(this.globalPT,e,t,n)},_useDefaultPT:function(e,t,n){return this._usePT(this.defaultPT,e,t,n)},ptm:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};return this._getPTValue(this.pt,e,X(X({},this.$params),t))},ptmi:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},n=h(this.$_attrsWithoutPT,this.ptm(e,t));return n!=null&&n.hasOwnProperty(`id`)&&(n.id??=this.$id),n},ptmo:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,n=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{};return this._getPTValue(e,t,X({instance:this},n),!1)},cx:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};return this.isUnstyled?void 0:this._getOptionValue(this.$style.classes,e,X(X({},this.$params),t))},sx:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:!0,n=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{};if(t){var r=this._getOptionValue(this.$style.inlineStyles,e,X(X({},this.$params),n));return[this._getOptionValue(ja.inlineStyles,e,X(X({},this.$params),n)),r]}}},computed:{globalPT:function(){var e=this;return this._getPT(this.$primevueConfig?.pt,void 0,function(t){return R(t,{instance:e})})},defaultPT:function(){var e=this;return this._getPT(this.$primevueConfig?.pt,void 0,function(t){return e._getOptionValue(t,e.$name,X({},e.$params))||R(t,X({},e.$params))})},isUnstyled:function(){return this.unstyled===void 0?this.$primevueConfig?.unstyled:this.unstyled},$id:function(){return this.$attrs.id||this.uid},$inProps:function(){var e=Object.keys(this.$.vnode?.props||{});return Object.fromEntries(Object.entries(this.$props).filter(function(t){var n=Fa(t,1)[0];return e?.includes(n)}))},$theme:function(){return this.$primevueConfig?.theme},$style:function(){return X(X({classes:void 0,inlineStyles:void 0,load:function(){},loadCSS:function(){},loadStyle:function(){}},(this._getHostInstance(this)||{}).$style),this.$options.style)},$styleOptions:function(){var e;return{nonce:(e=this.$primevueConfig)==null||(e=e.csp)==null?void 0:e.nonce}},$primevueConfig:function(){return this.$primevue?.config},$name:function(){return this.$options.hostName||this.$.type.name},$params:function(){var e=this._getHostInstance(this)||this.$parent;return{instance:this,props:this.$props,state:this.$data,attrs:this.$attrs,parent:{instance:e,props:e?.$props,state:e?.$data,attrs:e?.$attrs}}},$_attrsPT:function(){return Object.entries(this.$attrs||{}).filter(function(e){return Fa(e,1)[0]?.startsWith(`pt:`)}).reduce(function(e,t){var n=Fa(t,2),r=n[0],i=n[1];return Ra(Na(r.split(`:`))).slice(1)?.reduce(function(e,t,n,r){return!e[t]&&(e[t]=n===r.length-1?i:{}),e[t]},e),e},{})},$_attrsWithoutPT:function(){return Object.entries(this.$attrs||{}).filter(function(e){var t=Fa(e,1)[0];return!(t!=null&&t.startsWith(`pt:`))}).reduce(function(e,t){var n=Fa(t,2),r=n[0];return e[r]=n[1],e},{})}}},Ka=K.extend({name:`baseicon`,css:`
.p-icon {
    display: inline-block;
    vertical-align: baseline;
    flex-shrink: 0;
}

.p-icon-spin {
    -webkit-animation: p-icon-spin 2s infinite linear;
    animation: p-icon-spin 2s infinite linear;
}

@-webkit-keyframes p-icon-spin {
    0% {
        -webkit-transform: rotate(0deg);
        transform: rotate(0deg);
    }
    100% {
        -webkit-transform: rotate(359deg);
        transform: rotate(359deg);
    }
}

@keyframes p-icon-spin {
    0% {
        -webkit-transform: rotate(0deg);
        transform: rotate(0deg);
    }
    100% {
        -webkit-transform: rotate(359deg);
        transform: rotate(359deg);
    }
}
`});function qa(e){"@babel/helpers - typeof";return qa=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},qa(e)}function Ja(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function Ya(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?Ja(Object(n),!0).forEach(function(t){Xa(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):Ja(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function Xa(e,t,n){return(t=Za(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Za(e){var t=Qa(e,`string`);return qa(t)==`symbol`?t:t+``}function Qa(e,t){if(qa(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(qa(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var $a={name:`BaseIcon`,extends:Ga,props:{label:{type:String,default:void 0},spin:{type:Boolean,default:!1}},style:Ka,provide:function(){return{$pcIcon:this,$parentInstance:this}},methods:{pti:function(){var e=F(this.label);return Ya(Ya({},!this.isUnstyled&&{class:[`p-icon`,{"p-icon-spin":this.spin}]}),{},{role:e?void 0:`img`,"aria-label":e?void 0:this.label,"aria-hidden":e})}}},eo={name:`SpinnerIcon`,extends:$a};function to(e){return ao(e)||io(e)||ro(e)||no()}function no(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function ro(e,t){if(e){if(typeof e==`string`)return oo(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?oo(e,t):void 0}}function io(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function ao(e){if(Array.isArray(e))return oo(e)}function oo(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function so(e,t,n,r,i,a){return d(),k(`svg`,h({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),to(t[0]||=[Se(`path`,{d:`M6.99701 14C5.85441 13.999 4.72939 13.7186 3.72012 13.1832C2.71084 12.6478 1.84795 11.8737 1.20673 10.9284C0.565504 9.98305 0.165424 8.89526 0.041387 7.75989C-0.0826496 6.62453 0.073125 5.47607 0.495122 4.4147C0.917119 3.35333 1.59252 2.4113 2.46241 1.67077C3.33229 0.930247 4.37024 0.413729 5.4857 0.166275C6.60117 -0.0811796 7.76026 -0.0520535 8.86188 0.251112C9.9635 0.554278 10.9742 1.12227 11.8057 1.90555C11.915 2.01493 11.9764 2.16319 11.9764 2.31778C11.9764 2.47236 11.915 2.62062 11.8057 2.73C11.7521 2.78503 11.688 2.82877 11.6171 2.85864C11.5463 2.8885 11.4702 2.90389 11.3933 2.90389C11.3165 2.90389 11.2404 2.8885 11.1695 2.85864C11.0987 2.82877 11.0346 2.78503 10.9809 2.73C9.9998 1.81273 8.73246 1.26138 7.39226 1.16876C6.05206 1.07615 4.72086 1.44794 3.62279 2.22152C2.52471 2.99511 1.72683 4.12325 1.36345 5.41602C1.00008 6.70879 1.09342 8.08723 1.62775 9.31926C2.16209 10.5513 3.10478 11.5617 4.29713 12.1803C5.48947 12.7989 6.85865 12.988 8.17414 12.7157C9.48963 12.4435 10.6711 11.7264 11.5196 10.6854C12.3681 9.64432 12.8319 8.34282 12.8328 7C12.8328 6.84529 12.8943 6.69692 13.0038 6.58752C13.1132 6.47812 13.2616 6.41667 13.4164 6.41667C13.5712 6.41667 13.7196 6.47812 13.8291 6.58752C13.9385 6.69692 14 6.84529 14 7C14 8.85651 13.2622 10.637 11.9489 11.9497C10.6356 13.2625 8.85432 14 6.99701 14Z`,fill:`currentColor`},null,-1)]),16)}eo.render=so;var co=K.extend({name:`badge`,style:`
    .p-badge {
        display: inline-flex;
        border-radius: dt('badge.border.radius');
        align-items: center;
        justify-content: center;
        padding: dt('badge.padding');
        background: dt('badge.primary.background');
        color: dt('badge.primary.color');
        font-size: dt('badge.font.size');
        font-weight: dt('badge.font.weight');
        min-width: dt('badge.min.width');
        height: dt('badge.height');
    }

    .p-badge-dot {
        width: dt('badge.dot.size');
        min-width: dt('badge.dot.size');
        height: dt('badge.dot.size');
        border-radius: 50%;
        padding: 0;
    }

    .p-badge-circle {
        padding: 0;
        border-radius: 50%;
    }

    .p-badge-secondary {
        background: dt('badge.secondary.background');
        color: dt('badge.secondary.color');
    }

    .p-badge-success {
        background: dt('badge.success.background');
        color: dt('badge.success.color');
    }

    .p-badge-info {
        background: dt('badge.info.background');
        color: dt('badge.info.color');
    }

    .p-badge-warn {
        background: dt('badge.warn.background');
        color: dt('badge.warn.color');
    }

    .p-badge-danger {
        background: dt('badge.danger.background');
        color: dt('badge.danger.color');
    }

    .p-badge-contrast {
        background: dt('badge.contrast.background');
        color: dt('badge.contrast.color');
    }

    .p-badge-sm {
        font-size: dt('badge.sm.font.size');
        min-width: dt('badge.sm.min.width');
        height: dt('badge.sm.height');
    }

    .p-badge-lg {
        font-size: dt('badge.lg.font.size');
        min-width: dt('badge.lg.min.width');
        height: dt('badge.lg.height');
    }

    .p-badge-xl {
        font-size: dt('badge.xl.font.size');
        min-width: dt('badge.xl.min.width');
        height: dt('badge.xl.height');
    }
`,classes:{root:function(e){var t=e.props,n=e.instance;return[`p-badge p-component`,{"p-badge-circle":I(t.value)&&String(t.value).length===1,"p-badge-dot":F(t.value)&&!n.$slots.default,"p-badge-sm":t.size===`small`,"p-badge-lg":t.size===`large`,"p-badge-xl":t.size===`xlarge`,"p-badge-info":t.severity===`info`,"p-badge-success":t.severity===`success`,"p-badge-warn":t.severity===`warn`,"p-badge-danger":t.severity===`danger`,"p-badge-secondary":t.severity===`secondary`,"p-badge-contrast":t.severity===`contrast`}]}}}),lo={name:`BaseBadge`,extends:Ga,props:{value:{type:[String,Number],default:null},severity:{type:String,default:null},size:{type:String,default:null}},style:co,provide:function(){return{$pcBadge:this,$parentInstance:this}}};function uo(e){"@babel/helpers - typeof";return uo=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},uo(e)}function fo(e,t,n){return(t=po(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function po(e){var t=mo(e,`string`);return uo(t)==`symbol`?t:t+``}function mo(e,t){if(uo(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(uo(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var ho={name:`Badge`,extends:lo,inheritAttrs:!1,computed:{dataP:function(){return gr(fo(fo({circle:this.value!=null&&String(this.value).length===1,empty:this.value==null&&!this.$slots.default},this.severity,this.severity),this.size,this.size))}}},go=[`data-p`];function _o(e,t,n,r,i,a){return d(),k(`span`,h({class:e.cx(`root`),"data-p":a.dataP},e.ptmi(`root`)),[O(e.$slots,`default`,{},function(){return[_e(Ae(e.value),1)]})],16,go)}ho.render=_o;var vo=K.extend({name:`ripple-directive`,style:`
    .p-ink {
        display: block;
        position: absolute;
        background: dt('ripple.background');
        border-radius: 100%;
        transform: scale(0);
        pointer-events: none;
    }

    .p-ink-active {
        animation: ripple 0.4s linear;
    }

    @keyframes ripple {
        100% {
            opacity: 0;
            transform: scale(2.5);
        }
    }
`,classes:{root:`p-ink`}}),yo=Y.extend({style:vo});function bo(e){"@babel/helpers - typeof";return bo=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},bo(e)}function xo(e){return To(e)||wo(e)||Co(e)||So()}function So(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function Co(e,t){if(e){if(typeof e==`string`)return Eo(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?Eo(e,t):void 0}}function wo(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function To(e){if(Array.isArray(e))return Eo(e)}function Eo(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function Do(e,t,n){return(t=Oo(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Oo(e){var t=ko(e,`string`);return bo(t)==`symbol`?t:t+``}function ko(e,t){if(bo(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(bo(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var Ao=yo.extend(`ripple`,{watch:{"config.ripple":function(e){e?(this.createRipple(this.$host),this.bindEvents(this.$host),this.$host.setAttribute(`data-pd-ripple`,!0),this.$host.style.overflow=`hidden`,this.$host.style.position=`relative`):(this.remove(this.$host),this.$host.removeAttribute(`data-pd-ripple`))}},unmounted:function(e){this.remove(e)},timeout:void 0,methods:{bindEvents:function(e){e.addEventListener(`mousedown`,this.onMouseDown.bind(this))},unbindEvents:function(e){e.removeEventListener(`mousedown`,this.onMouseDown.bind(this))},createRipple:function(e){var t=this.getInk(e);t||(t=Vr(`span`,Do(Do({role:`presentation`,"aria-hidden":!0,"data-p-ink":!0,"data-p-ink-active":!1,class:!this.isUnstyled()&&this.cx(`root`),onAnimationEnd:this.onAnimationEnd.bind(this)},this.$attrSelector,``),`p-bind`,this.ptm(`root`))),e.appendChild(t),this.$el=t)},remove:function(e){var t=this.getInk(e);t&&(this.$host.style.overflow=``,this.$host.style.position=``,this.unbindEvents(e),t.removeEventListener(`animationend`,this.onAnimationEnd),t.remove())},onMouseDown:function(e){var t=this,n=e.currentTarget,r=this.getInk(n);if(r&&getComputedStyle(r,null).display!==`none`){if(!this.isUnstyled()&&Cr(r,`p-ink-active`),r.setAttribute(`data-p-ink-active`,`false`),!Yr(r)&&!si(r)){var i=Math.max(Pr(n),ni(n));r.style.height=i+`px`,r.style.width=i+`px`}var a=ti(n),o=e.pageX-a.left+document.body.scrollTop-si(r)/2,s=e.pageY-a.top+document.body.scrollLeft-Yr(r)/2;r.style.top=s+`px`,r.style.left=o+`px`,!this.isUnstyled()&&vr(r,`p-ink-active`),r.setAttribute(`data-p-ink-active`,`true`),this.timeout=setTimeout(function(){r&&(!t.isUnstyled()&&Cr(r,`p-ink-active`),r.setAttribute(`data-p-ink-active`,`false`))},401)}},onAnimationEnd:function(e){this.timeout&&clearTimeout(this.timeout),!this.isUnstyled()&&Cr(e.currentTarget,`p-ink-active`),e.currentTarget.setAttribute(`data-p-ink-active`,`false`)},getInk:function(e){return e&&e.children?xo(e.children).find(function(e){return Kr(e,`data-pc-name`)===`ripple`}):void 0}}}),jo=`
    .p-button {
        display: inline-flex;
        cursor: pointer;
        user-select: none;
        align-items: center;
        justify-content: center;
        overflow: hidden;
        position: relative;
        color: dt('button.primary.color');
        background: dt('button.primary.background');
        border: 1px solid dt('button.primary.border.color');
        padding: dt('button.padding.y') dt('button.padding.x');
        font-size: 1rem;
        font-family: inherit;
        font-feature-settings: inherit;
        transition:
            background dt('button.transition.duration'),
            color dt('button.transition.duration'),
            border-color dt('button.transition.duration'),
            outline-color dt('button.transition.duration'),
            box-shadow dt('button.transition.duration');
        border-radius: dt('button.border.radius');
        outline-color: transparent;
        gap: dt('button.gap');
    }

    .p-button:disabled {
        cursor: default;
    }

    .p-button-icon-right {
        order: 1;
    }

    .p-button-icon-right:dir(rtl) {
        order: -1;
    }

    .p-button:not(.p-button-vertical) .p-button-icon:not(.p-button-icon-right):dir(rtl) {
        order: 1;
    }

    .p-button-icon-bottom {
        order: 2;
    }

    .p-button-icon-only {
        width: dt('button.icon.only.width');
        padding-inline-start: 0;
        padding-inline-end: 0;
        gap: 0;
    }

    .p-button-icon-only.p-button-rounded {
        border-radius: 50%;
        height: dt('button.icon.only.width');
    }

    .p-button-icon-only .p-button-label {
        visibility: hidden;
        width: 0;
    }

    .p-button-icon-only::after {
        content: "\xA0";
        visibility: hidden;
        width: 0;
    }

    .p-button-sm {
        font-size: dt('button.sm.font.size');
        padding: dt('button.sm.padding.y') dt('button.sm.padding.x');
    }

    .p-button-sm .p-button-icon {
        font-size: dt('button.sm.font.size');
    }

    .p-button-sm.p-button-icon-only {
        width: dt('button.sm.icon.only.width');
    }

    .p-button-sm.p-button-icon-only.p-button-rounded {
        height: dt('button.sm.icon.only.width');
    }

    .p-button-lg {
        font-size: dt('button.lg.font.size');
        padding: dt('button.lg.padding.y') dt('button.lg.padding.x');
    }

    .p-button-lg .p-button-icon {
        font-size: dt('button.lg.font.size');
    }

    .p-button-lg.p-button-icon-only {
        width: dt('button.lg.icon.only.width');
    }

    .p-button-lg.p-button-icon-only.p-button-rounded {
        height: dt('button.lg.icon.only.width');
    }

    .p-button-vertical {
        flex-direction: column;
    }

    .p-button-label {
        font-weight: dt('button.label.font.weight');
    }

    .p-button-fluid {
        width: 100%;
    }

    .p-button-fluid.p-button-icon-only {
        width: dt('button.icon.only.width');
    }

    .p-button:not(:disabled):hover {
        background: dt('button.primary.hover.background');
        border: 1px solid dt('button.primary.hover.border.color');
        color: dt('button.primary.hover.color');
    }

    .p-button:not(:disabled):active {
        background: dt('button.primary.active.background');
        border: 1px solid dt('button.primary.active.border.color');
        color: dt('button.primary.active.color');
    }

    .p-button:focus-visible {
        box-shadow: dt('button.primary.focus.ring.shadow');
        outline: dt('button.focus.ring.width') dt('button.focus.ring.style') dt('button.primary.focus.ring.color');
        outline-offset: dt('button.focus.ring.offset');
    }

    .p-button .p-badge {
        min-width: dt('button.badge.size');
        height: dt('button.badge.size');
        line-height: dt('button.badge.size');
    }

    .p-button-raised {
        box-shadow: dt('button.raised.shadow');
    }

    .p-button-rounded {
        border-radius: dt('button.rounded.border.radius');
    }

    .p-button-secondary {
        background: dt('button.secondary.background');
        border: 1px solid dt('button.secondary.border.color');
        color: dt('button.secondary.color');
    }

    .p-button-secondary:not(:disabled):hover {
        background: dt('button.secondary.hover.background');
        border: 1px solid dt('button.secondary.hover.border.color');
        color: dt('button.secondary.hover.color');
    }

    .p-button-secondary:not(:disabled):active {
        background: dt('button.secondary.active.background');
        border: 1px solid dt('button.secondary.active.border.color');
        color: dt('button.secondary.active.color');
    }

    .p-button-secondary:focus-visible {
        outline-color: dt('button.secondary.focus.ring.color');
        box-shadow: dt('button.secondary.focus.ring.shadow');
    }

    .p-button-success {
        background: dt('button.success.background');
        border: 1px solid dt('button.success.border.color');
        color: dt('button.success.color');
    }

    .p-button-success:not(:disabled):hover {
        background: dt('button.success.hover.background');
        border: 1px solid dt('button.success.hover.border.color');
        color: dt('button.success.hover.color');
    }

    .p-button-success:not(:disabled):active {
        background: dt('button.success.active.background');
        border: 1px solid dt('button.success.active.border.color');
        color: dt('button.success.active.color');
    }

    .p-button-success:focus-visible {
        outline-color: dt('button.success.focus.ring.color');
        box-shadow: dt('button.success.focus.ring.shadow');
    }

    .p-button-info {
        background: dt('button.info.background');
        border: 1px solid dt('button.info.border.color');
        color: dt('button.info.color');
    }

    .p-button-info:not(:disabled):hover {
        background: dt('button.info.hover.background');
        border: 1px solid dt('button.info.hover.border.color');
        color: dt('button.info.hover.color');
    }

    .p-button-info:not(:disabled):active {
        background: dt('button.info.active.background');
        border: 1px solid dt('button.info.active.border.color');
        color: dt('button.info.active.color');
    }

    .p-button-info:focus-visible {
        outline-color: dt('button.info.focus.ring.color');
        box-shadow: dt('button.info.focus.ring.shadow');
    }

    .p-button-warn {
        background: dt('button.warn.background');
        border: 1px solid dt('button.warn.border.color');
        color: dt('button.warn.color');
    }

    .p-button-warn:not(:disabled):hover {
        background: dt('button.warn.hover.background');
        border: 1px solid dt('button.warn.hover.border.color');
        color: dt('button.warn.hover.color');
    }

    .p-button-warn:not(:disabled):active {
        background: dt('button.warn.active.background');
        border: 1px solid dt('button.warn.active.border.color');
        color: dt('button.warn.active.color');
    }

    .p-button-warn:focus-visible {
        outline-color: dt('button.warn.focus.ring.color');
        box-shadow: dt('button.warn.focus.ring.shadow');
    }

    .p-button-help {
        background: dt('button.help.background');
        border: 1px solid dt('button.help.border.color');
        color: dt('button.help.color');
    }

    .p-button-help:not(:disabled):hover {
        background: dt('button.help.hover.background');
        border: 1px solid dt('button.help.hover.border.color');
        color: dt('button.help.hover.color');
    }

    .p-button-help:not(:disabled):active {
        background: dt('button.help.active.background');
        border: 1px solid dt('button.help.active.border.color');
        color: dt('button.help.active.color');
    }

    .p-button-help:focus-visible {
        outline-color: dt('button.help.focus.ring.color');
        box-shadow: dt('button.help.focus.ring.shadow');
    }

    .p-button-danger {
        background: dt('button.danger.background');
        border: 1px solid dt('button.danger.border.color');
        color: dt('button.danger.color');
    }

    .p-button-danger:not(:disabled):hover {
        background: dt('button.danger.hover.background');
        border: 1px solid dt('button.danger.hover.border.color');
        color: dt('button.danger.hover.color');
    }

    .p-button-danger:not(:disabled):active {
        background: dt('button.danger.active.background');
        border: 1px solid dt('button.danger.active.border.color');
        color: dt('button.danger.active.color');
    }

    .p-button-danger:focus-visible {
        outline-color: dt('button.danger.focus.ring.color');
        box-shadow: dt('button.danger.focus.ring.shadow');
    }

    .p-button-contrast {
        background: dt('button.contrast.background');
        border: 1px solid dt('button.contrast.border.color');
        color: dt('button.contrast.color');
    }

    .p-button-contrast:not(:disabled):hover {
        background: dt('button.contrast.hover.background');
        border: 1px solid dt('button.contrast.hover.border.color');
        color: dt('button.contrast.hover.color');
    }

    .p-button-contrast:not(:disabled):active {
        background: dt('button.contrast.active.background');
        border: 1px solid dt('button.contrast.active.border.color');
        color: dt('button.contrast.active.color');
    }

    .p-button-contrast:focus-visible {
        outline-color: dt('button.contrast.focus.ring.color');
        box-shadow: dt('button.contrast.focus.ring.shadow');
    }

    .p-button-outlined {
        background: transparent;
        border-color: dt('button.outlined.primary.border.color');
        color: dt('button.outlined.primary.color');
    }

    .p-button-outlined:not(:disabled):hover {
        background: dt('button.outlined.primary.hover.background');
        border-color: dt('button.outlined.primary.border.color');
        color: dt('button.outlined.primary.color');
    }

    .p-button-outlined:not(:disabled):active {
        background: dt('button.outlined.primary.active.background');
        border-color: dt('button.outlined.primary.border.color');
        color: dt('button.outlined.primary.color');
    }

    .p-button-outlined.p-button-secondary {
        border-color: dt('button.outlined.secondary.border.color');
        color: dt('button.outlined.secondary.color');
    }

    .p-button-outlined.p-button-secondary:not(:disabled):hover {
        background: dt('button.outlined.secondary.hover.background');
        border-color: dt('button.outlined.secondary.border.color');
        color: dt('button.outlined.secondary.color');
    }

    .p-button-outlined.p-button-secondary:not(:disabled):active {
        background: dt('button.outlined.secondary.active.background');
        border-color: dt('button.outlined.secondary.border.color');
        color: dt('button.outlined.secondary.color');
    }

    .p-button-outlined.p-button-success {
        border-color: dt('button.outlined.success.border.color');
        color: dt('button.outlined.success.color');
    }

    .p-button-outlined.p-button-success:not(:disabled):hover {
        background: dt('button.outlined.success.hover.background');
        border-color: dt('button.outlined.success.border.color');
        color: dt('button.outlined.success.color');
    }

    .p-button-outlined.p-button-success:not(:disabled):active {
        background: dt('button.outlined.success.active.background');
        border-color: dt('button.outlined.success.border.color');
        color: dt('button.outlined.success.color');
    }

    .p-button-outlined.p-button-info {
        border-color: dt('button.outlined.info.border.color');
        color: dt('button.outlined.info.color');
    }

    .p-button-outlined.p-button-info:not(:disabled):hover {
        background: dt('button.outlined.info.hover.background');
        border-color: dt('button.outlined.info.border.color');
        color: dt('button.outlined.info.color');
    }

    .p-button-outlined.p-button-info:not(:disabled):active {
        background: dt('button.outlined.info.active.background');
        border-color: dt('button.outlined.info.border.color');
        color: dt('button.outlined.info.color');
    }

    .p-button-outlined.p-button-warn {
        border-color: dt('button.outlined.warn.border.color');
        color: dt('button.outlined.warn.color');
    }

    .p-button-outlined.p-button-warn:not(:disabled):hover {
        background: dt('button.outlined.warn.hover.background');
        border-color: dt('button.outlined.warn.border.color');
        color: dt('button.outlined.warn.color');
    }

    .p-button-outlined.p-button-warn:not(:disabled):active {
        background: dt('button.outlined.warn.active.background');
        border-color: dt('button.outlined.warn.border.color');
        color: dt('button.outlined.warn.color');
    }

    .p-button-outlined.p-button-help {
        border-color: dt('button.outlined.help.border.color');
        color: dt('button.outlined.help.color');
    }

    .p-button-outlined.p-button-help:not(:disabled):hover {
        background: dt('button.outlined.help.hover.background');
        border-color: dt('button.outlined.help.border.color');
        color: dt('button.outlined.help.color');
    }

    .p-button-outlined.p-button-help:not(:disabled):active {
        background: dt('button.outlined.help.active.background');
        border-color: dt('button.outlined.help.border.color');
        color: dt('button.outlined.help.color');
    }

    .p-button-outlined.p-button-danger {
        border-color: dt('button.outlined.danger.border.color');
        color: dt('button.outlined.danger.color');
    }

    .p-button-outlined.p-button-danger:not(:disabled):hover {
        background: dt('button.outlined.danger.hover.background');
        border-color: dt('button.outlined.danger.border.color');
        color: dt('button.outlined.danger.color');
    }

    .p-button-outlined.p-button-danger:not(:disabled):active {
        background: dt('button.outlined.danger.active.background');
        border-color: dt('button.outlined.danger.border.color');
        color: dt('button.outlined.danger.color');
    }

    .p-button-outlined.p-button-contrast {
        border-color: dt('button.outlined.contrast.border.color');
        color: dt('button.outlined.contrast.color');
    }

    .p-button-outlined.p-button-contrast:not(:disabled):hover {
        background: dt('button.outlined.contrast.hover.background');
        border-color: dt('button.outlined.contrast.border.color');
        color: dt('button.outlined.contrast.color');
    }

    .p-button-outlined.p-button-contrast:not(:disabled):active {
        background: dt('button.outlined.contrast.active.background');
        border-color: dt('button.outlined.contrast.border.color');
        color: dt('button.outlined.contrast.color');
    }

    .p-button-outlined.p-button-plain {
        border-color: dt('button.outlined.plain.border.color');
        color: dt('button.outlined.plain.color');
    }

    .p-button-outlined.p-button-plain:not(:disabled):hover {
        background: dt('button.outlined.plain.hover.background');
        border-color: dt('button.outlined.plain.border.color');
        color: dt('button.outlined.plain.color');
    }

    .p-button-outlined.p-button-plain:not(:disabled):active {
        background: dt('button.outlined.plain.active.background');
        border-color: dt('button.outlined.plain.border.color');
        color: dt('button.outlined.plain.color');
    }

    .p-button-text {
        background: transparent;
        border-color: transparent;
        color: dt('button.text.primary.color');
    }

    .p-button-text:not(:disabled):hover {
        background: dt('button.text.primary.hover.background');
        border-color: transparent;
        color: dt('button.text.primary.color');
    }

    .p-button-text:not(:disabled):active {
        background: dt('button.text.primary.active.background');
        border-color: transparent;
        color: dt('button.text.primary.color');
    }

    .p-button-text.p-button-secondary {
        background: transparent;
        border-color: transparent;
        color: dt('button.text.secondary.color');
    }

    .p-button-text.p-button-secondary:not(:disabled):hover {
        background: dt('button.text.secondary.hover.background');
        border-color: transparent;
        color: dt('button.text.secondary.color');
    }

    .p-button-text.p-button-secondary:not(:disabled):active {
        background: dt('button.text.secondary.active.background');
        border-color: transparent;
        color: dt('button.text.secondary.color');
    }

    .p-button-text.p-button-success {
        background: transparent;
        border-color: transparent;
        color: dt('button.text.success.color');
    }

    .p-button-text.p-button-success:not(:disabled):hover {
        background: dt('button.text.success.hover.background');
        border-color: transparent;
        color: dt('button.text.success.color');
    }

    .p-button-text.p-button-success:not(:disabled):active {
        background: dt('button.text.success.active.background');
        border-color: transparent;
        color: dt('button.text.success.color');
    }

    .p-button-text.p-button-info {
        background: transparent;
        border-color: transparent;
        color: dt('button.text.info.color');
    }

    .p-button-text.p-button-info:not(:disabled):hover {
        background: dt('button.text.info.hover.background');
        border-color: transparent;
        color: dt('button.text.info.color');
    }

    .p-button-text.p-button-info:not(:disabled):active {
        background: dt('button.text.info.active.background');
        border-color: transparent;
        color: dt('button.text.info.color');
    }

    .p-button-text.p-button-warn {
        background: transparent;
        border-color: transparent;
        color: dt('button.text.warn.color');
    }

    .p-button-text.p-button-warn:not(:disabled):hover {
        background: dt('button.text.warn.hover.background');
        border-color: transparent;
        color: dt('button.text.warn.color');
    }

    .p-button-text.p-button-warn:not(:disabled):active {
        background: dt('button.text.warn.active.background');
        border-color: transparent;
        color: dt('button.text.warn.color');
    }

    .p-button-text.p-button-help {
        background: transparent;
        border-color: transparent;
        color: dt('button.text.help.color');
    }

    .p-button-text.p-button-help:not(:disabled):hover {
        background: dt('button.text.help.hover.background');
        border-color: transparent;
        color: dt('button.text.help.color');
    }

    .p-button-text.p-button-help:not(:disabled):active {
        background: dt('button.text.help.active.background');
        border-color: transparent;
        color: dt('button.text.help.color');
    }

    .p-button-text.p-button-danger {
        background: transparent;
        border-color: transparent;
        color: dt('button.text.danger.color');
    }

    .p-button-text.p-button-danger:not(:disabled):hover {
        background: dt('button.text.danger.hover.background');
        border-color: transparent;
        color: dt('button.text.danger.color');
    }

    .p-button-text.p-button-danger:not(:disabled):active {
        background: dt('button.text.danger.active.background');
        border-color: transparent;
        color: dt('button.text.danger.color');
    }

    .p-button-text.p-button-contrast {
        background: transparent;
        border-color: transparent;
        color: dt('button.text.contrast.color');
    }

    .p-button-text.p-button-contrast:not(:disabled):hover {
        background: dt('button.text.contrast.hover.background');
        border-color: transparent;
        color: dt('button.text.contrast.color');
    }

    .p-button-text.p-button-contrast:not(:disabled):active {
        background: dt('button.text.contrast.active.background');
        border-color: transparent;
        color: dt('button.text.contrast.color');
    }

    .p-button-text.p-button-plain {
        background: transparent;
        border-color: transparent;
        color: dt('button.text.plain.color');
    }

    .p-button-text.p-button-plain:not(:disabled):hover {
        background: dt('button.text.plain.hover.background');
        border-color: transparent;
        color: dt('button.text.plain.color');
    }

    .p-button-text.p-button-plain:not(:disabled):active {
        background: dt('button.text.plain.active.background');
        border-color: transparent;
        color: dt('button.text.plain.color');
    }

    .p-button-link {
        background: transparent;
        border-color: transparent;
        color: dt('button.link.color');
    }

    .p-button-link:not(:disabled):hover {
        background: transparent;
        border-color: transparent;
        color: dt('button.link.hover.color');
    }

    .p-button-link:not(:disabled):hover .p-button-label {
        text-decoration: underline;
    }

    .p-button-link:not(:disabled):active {
        background: transparent;
        border-color: transparent;
        color: dt('button.link.active.color');
    }
`;function Mo(e){"@babel/helpers - typeof";return Mo=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Mo(e)}function Z(e,t,n){return(t=No(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function No(e){var t=Po(e,`string`);return Mo(t)==`symbol`?t:t+``}function Po(e,t){if(Mo(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Mo(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var Fo=K.extend({name:`button`,style:jo,classes:{root:function(e){var t=e.instance,n=e.props;return[`p-button p-component`,Z(Z(Z(Z(Z(Z(Z(Z(Z({"p-button-icon-only":t.hasIcon&&!n.label&&!n.badge,"p-button-vertical":(n.iconPos===`top`||n.iconPos===`bottom`)&&n.label,"p-button-loading":n.loading,"p-button-link":n.link||n.variant===`link`},`p-button-${n.severity}`,n.severity),`p-button-raised`,n.raised),`p-button-rounded`,n.rounded),`p-button-text`,n.text||n.variant===`text`),`p-button-outlined`,n.outlined||n.variant===`outlined`),`p-button-sm`,n.size===`small`),`p-button-lg`,n.size===`large`),`p-button-plain`,n.plain),`p-button-fluid`,t.hasFluid)]},loadingIcon:`p-button-loading-icon`,icon:function(e){var t=e.props;return[`p-button-icon`,Z({},`p-button-icon-${t.iconPos}`,t.label)]},label:`p-button-label`}}),Io={name:`BaseButton`,extends:Ga,props:{label:{type:String,default:null},icon:{type:String,default:null},iconPos:{type:String,default:`left`},iconClass:{type:[String,Object],default:null},badge:{type:String,default:null},badgeClass:{type:[String,Object],default:null},badgeSeverity:{type:String,default:`secondary`},loading:{type:Boolean,default:!1},loadingIcon:{type:String,default:void 0},as:{type:[String,Object],default:`BUTTON`},asChild:{type:Boolean,default:!1},link:{type:Boolean,default:!1},severity:{type:String,default:null},raised:{type:Boolean,default:!1},rounded:{type:Boolean,default:!1},text:{type:Boolean,default:!1},outlined:{type:Boolean,default:!1},size:{type:String,default:null},variant:{type:String,default:null},plain:{type:Boolean,default:!1},fluid:{type:Boolean,default:null}},style:Fo,provide:function(){return{$pcButton:this,$parentInstance:this}}};function Lo(e){"@babel/helpers - typeof";return Lo=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Lo(e)}function Q(e,t,n){return(t=Ro(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Ro(e){var t=zo(e,`string`);return Lo(t)==`symbol`?t:t+``}function zo(e,t){if(Lo(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Lo(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var Bo={name:`Button`,extends:Io,inheritAttrs:!1,inject:{$pcFluid:{default:null}},methods:{getPTOptions:function(e){return(e===`root`?this.ptmi:this.ptm)(e,{context:{disabled:this.disabled}})}},computed:{disabled:function(){return this.$attrs.disabled||this.$attrs.disabled===``||this.loading},defaultAriaLabel:function(){return this.label?this.label+(this.badge?` `+this.badge:``):this.$attrs.ariaLabel},hasIcon:function(){return this.icon||this.$slots.icon},attrs:function(){return h(this.asAttrs,this.a11yAttrs,this.getPTOptions(`root`))},asAttrs:function(){return this.as===`BUTTON`?{type:`button`,disabled:this.disabled}:void 0},a11yAttrs:function(){return{"aria-label":this.defaultAriaLabel,"data-pc-name":`button`,"data-p-disabled":this.disabled,"data-p-severity":this.severity}},hasFluid:function(){return F(this.fluid)?!!this.$pcFluid:this.fluid},dataP:function(){return gr(Q(Q(Q(Q(Q(Q(Q(Q(Q(Q({},this.size,this.size),`icon-only`,this.hasIcon&&!this.label&&!this.badge),`loading`,this.loading),`fluid`,this.hasFluid),`rounded`,this.rounded),`raised`,this.raised),`outlined`,this.outlined||this.variant===`outlined`),`text`,this.text||this.variant===`text`),`link`,this.link||this.variant===`link`),`vertical`,(this.iconPos===`top`||this.iconPos===`bottom`)&&this.label))},dataIconP:function(){return gr(Q(Q({},this.iconPos,this.iconPos),this.size,this.size))},dataLabelP:function(){return gr(Q(Q({},this.size,this.size),`icon-only`,this.hasIcon&&!this.label&&!this.badge))}},components:{SpinnerIcon:eo,Badge:ho},directives:{ripple:Ao}},Vo=[`data-p`],Ho=[`data-p`];function Uo(e,t,n,r,i,o){var s=l(`SpinnerIcon`),c=l(`Badge`),p=u(`ripple`);return e.asChild?O(e.$slots,`default`,{key:1,class:Oe(e.cx(`root`)),a11yAttrs:o.a11yAttrs}):a((d(),D(f(e.as),h({key:0,class:e.cx(`root`),"data-p":o.dataP},o.attrs),{default:y(function(){return[O(e.$slots,`default`,{},function(){return[e.loading?O(e.$slots,`loadingicon`,h({key:0,class:[e.cx(`loadingIcon`),e.cx(`icon`)]},e.ptm(`loadingIcon`)),function(){return[e.loadingIcon?(d(),k(`span`,h({key:0,class:[e.cx(`loadingIcon`),e.cx(`icon`),e.loadingIcon]},e.ptm(`loadingIcon`)),null,16)):(d(),D(s,h({key:1,class:[e.cx(`loadingIcon`),e.cx(`icon`)],spin:``},e.ptm(`loadingIcon`)),null,16,[`class`]))]}):O(e.$slots,`icon`,h({key:1,class:[e.cx(`icon`)]},e.ptm(`icon`)),function(){return[e.icon?(d(),k(`span`,h({key:0,class:[e.cx(`icon`),e.icon,e.iconClass],"data-p":o.dataIconP},e.ptm(`icon`)),null,16,Vo)):le(``,!0)]}),e.label?(d(),k(`span`,h({key:2,class:e.cx(`label`)},e.ptm(`label`),{"data-p":o.dataLabelP}),Ae(e.label),17,Ho)):le(``,!0),e.badge?(d(),D(c,{key:3,value:e.badge,class:Oe(e.badgeClass),severity:e.badgeSeverity,unstyled:e.unstyled,pt:e.ptm(`pcBadge`)},null,8,[`value`,`class`,`severity`,`unstyled`,`pt`])):le(``,!0)]})]}),_:3},16,[`class`,`data-p`])),[[p]])}Bo.render=Uo;var Wo={name:`TimesIcon`,extends:$a};function Go(e){return Yo(e)||Jo(e)||qo(e)||Ko()}function Ko(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function qo(e,t){if(e){if(typeof e==`string`)return Xo(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?Xo(e,t):void 0}}function Jo(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function Yo(e){if(Array.isArray(e))return Xo(e)}function Xo(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function Zo(e,t,n,r,i,a){return d(),k(`svg`,h({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),Go(t[0]||=[Se(`path`,{d:`M8.01186 7.00933L12.27 2.75116C12.341 2.68501 12.398 2.60524 12.4375 2.51661C12.4769 2.42798 12.4982 2.3323 12.4999 2.23529C12.5016 2.13827 12.4838 2.0419 12.4474 1.95194C12.4111 1.86197 12.357 1.78024 12.2884 1.71163C12.2198 1.64302 12.138 1.58893 12.0481 1.55259C11.9581 1.51625 11.8617 1.4984 11.7647 1.50011C11.6677 1.50182 11.572 1.52306 11.4834 1.56255C11.3948 1.60204 11.315 1.65898 11.2488 1.72997L6.99067 5.98814L2.7325 1.72997C2.59553 1.60234 2.41437 1.53286 2.22718 1.53616C2.03999 1.53946 1.8614 1.61529 1.72901 1.74767C1.59663 1.88006 1.5208 2.05865 1.5175 2.24584C1.5142 2.43303 1.58368 2.61419 1.71131 2.75116L5.96948 7.00933L1.71131 11.2675C1.576 11.403 1.5 11.5866 1.5 11.7781C1.5 11.9696 1.576 12.1532 1.71131 12.2887C1.84679 12.424 2.03043 12.5 2.2219 12.5C2.41338 12.5 2.59702 12.424 2.7325 12.2887L6.99067 8.03052L11.2488 12.2887C11.3843 12.424 11.568 12.5 11.7594 12.5C11.9509 12.5 12.1346 12.424 12.27 12.2887C12.4053 12.1532 12.4813 11.9696 12.4813 11.7781C12.4813 11.5866 12.4053 11.403 12.27 11.2675L8.01186 7.00933Z`,fill:`currentColor`},null,-1)]),16)}Wo.render=Zo;var Qo=K.extend({name:`message`,style:`
    .p-message {
        display: grid;
        grid-template-rows: 1fr;
        border-radius: dt('message.border.radius');
        outline-width: dt('message.border.width');
        outline-style: solid;
    }

    .p-message-content-wrapper {
        min-height: 0;
    }

    .p-message-content {
        display: flex;
        align-items: center;
        padding: dt('message.content.padding');
        gap: dt('message.content.gap');
    }

    .p-message-icon {
        flex-shrink: 0;
    }

    .p-message-close-button {
        display: flex;
        align-items: center;
        justify-content: center;
        flex-shrink: 0;
        margin-inline-start: auto;
        overflow: hidden;
        position: relative;
        width: dt('message.close.button.width');
        height: dt('message.close.button.height');
        border-radius: dt('message.close.button.border.radius');
        background: transparent;
        transition:
            background dt('message.transition.duration'),
            color dt('message.transition.duration'),
            outline-color dt('message.transition.duration'),
            box-shadow dt('message.transition.duration'),
            opacity 0.3s;
        outline-color: transparent;
        color: inherit;
        padding: 0;
        border: none;
        cursor: pointer;
        user-select: none;
    }

    .p-message-close-icon {
        font-size: dt('message.close.icon.size');
        width: dt('message.close.icon.size');
        height: dt('message.close.icon.size');
    }

    .p-message-close-button:focus-visible {
        outline-width: dt('message.close.button.focus.ring.width');
        outline-style: dt('message.close.button.focus.ring.style');
        outline-offset: dt('message.close.button.focus.ring.offset');
    }

    .p-message-info {
        background: dt('message.info.background');
        outline-color: dt('message.info.border.color');
        color: dt('message.info.color');
        box-shadow: dt('message.info.shadow');
    }

    .p-message-info .p-message-close-button:focus-visible {
        outline-color: dt('message.info.close.button.focus.ring.color');
        box-shadow: dt('message.info.close.button.focus.ring.shadow');
    }

    .p-message-info .p-message-close-button:hover {
        background: dt('message.info.close.button.hover.background');
    }

    .p-message-info.p-message-outlined {
        color: dt('message.info.outlined.color');
        outline-color: dt('message.info.outlined.border.color');
    }

    .p-message-info.p-message-simple {
        color: dt('message.info.simple.color');
    }

    .p-message-success {
        background: dt('message.success.background');
        outline-color: dt('message.success.border.color');
        color: dt('message.success.color');
        box-shadow: dt('message.success.shadow');
    }

    .p-message-success .p-message-close-button:focus-visible {
        outline-color: dt('message.success.close.button.focus.ring.color');
        box-shadow: dt('message.success.close.button.focus.ring.shadow');
    }

    .p-message-success .p-message-close-button:hover {
        background: dt('message.success.close.button.hover.background');
    }

    .p-message-success.p-message-outlined {
        color: dt('message.success.outlined.color');
        outline-color: dt('message.success.outlined.border.color');
    }

    .p-message-success.p-message-simple {
        color: dt('message.success.simple.color');
    }

    .p-message-warn {
        background: dt('message.warn.background');
        outline-color: dt('message.warn.border.color');
        color: dt('message.warn.color');
        box-shadow: dt('message.warn.shadow');
    }

    .p-message-warn .p-message-close-button:focus-visible {
        outline-color: dt('message.warn.close.button.focus.ring.color');
        box-shadow: dt('message.warn.close.button.focus.ring.shadow');
    }

    .p-message-warn .p-message-close-button:hover {
        background: dt('message.warn.close.button.hover.background');
    }

    .p-message-warn.p-message-outlined {
        color: dt('message.warn.outlined.color');
        outline-color: dt('message.warn.outlined.border.color');
    }

    .p-message-warn.p-message-simple {
        color: dt('message.warn.simple.color');
    }

    .p-message-error {
        background: dt('message.error.background');
        outline-color: dt('message.error.border.color');
        color: dt('message.error.color');
        box-shadow: dt('message.error.shadow');
    }

    .p-message-error .p-message-close-button:focus-visible {
        outline-color: dt('message.error.close.button.focus.ring.color');
        box-shadow: dt('message.error.close.button.focus.ring.shadow');
    }

    .p-message-error .p-message-close-button:hover {
        background: dt('message.error.close.button.hover.background');
    }

    .p-message-error.p-message-outlined {
        color: dt('message.error.outlined.color');
        outline-color: dt('message.error.outlined.border.color');
    }

    .p-message-error.p-message-simple {
        color: dt('message.error.simple.color');
    }

    .p-message-secondary {
        background: dt('message.secondary.background');
        outline-color: dt('message.secondary.border.color');
        color: dt('message.secondary.color');
        box-shadow: dt('message.secondary.shadow');
    }

    .p-message-secondary .p-message-close-button:focus-visible {
        outline-color: dt('message.secondary.close.button.focus.ring.color');
        box-shadow: dt('message.secondary.close.button.focus.ring.shadow');
    }

    .p-message-secondary .p-message-close-button:hover {
        background: dt('message.secondary.close.button.hover.background');
    }

    .p-message-secondary.p-message-outlined {
        color: dt('message.secondary.outlined.color');
        outline-color: dt('message.secondary.outlined.border.color');
    }

    .p-message-secondary.p-message-simple {
        color: dt('message.secondary.simple.color');
    }

    .p-message-contrast {
        background: dt('message.contrast.background');
        outline-color: dt('message.contrast.border.color');
        color: dt('message.contrast.color');
        box-shadow: dt('message.contrast.shadow');
    }

    .p-message-contrast .p-message-close-button:focus-visible {
        outline-color: dt('message.contrast.close.button.focus.ring.color');
        box-shadow: dt('message.contrast.close.button.focus.ring.shadow');
    }

    .p-message-contrast .p-message-close-button:hover {
        background: dt('message.contrast.close.button.hover.background');
    }

    .p-message-contrast.p-message-outlined {
        color: dt('message.contrast.outlined.color');
        outline-color: dt('message.contrast.outlined.border.color');
    }

    .p-message-contrast.p-message-simple {
        color: dt('message.contrast.simple.color');
    }

    .p-message-text {
        font-size: dt('message.text.font.size');
        font-weight: dt('message.text.font.weight');
    }

    .p-message-icon {
        font-size: dt('message.icon.size');
        width: dt('message.icon.size');
        height: dt('message.icon.size');
    }

    .p-message-sm .p-message-content {
        padding: dt('message.content.sm.padding');
    }

    .p-message-sm .p-message-text {
        font-size: dt('message.text.sm.font.size');
    }

    .p-message-sm .p-message-icon {
        font-size: dt('message.icon.sm.size');
        width: dt('message.icon.sm.size');
        height: dt('message.icon.sm.size');
    }

    .p-message-sm .p-message-close-icon {
        font-size: dt('message.close.icon.sm.size');
        width: dt('message.close.icon.sm.size');
        height: dt('message.close.icon.sm.size');
    }

    .p-message-lg .p-message-content {
        padding: dt('message.content.lg.padding');
    }

    .p-message-lg .p-message-text {
        font-size: dt('message.text.lg.font.size');
    }

    .p-message-lg .p-message-icon {
        font-size: dt('message.icon.lg.size');
        width: dt('message.icon.lg.size');
        height: dt('message.icon.lg.size');
    }

    .p-message-lg .p-message-close-icon {
        font-size: dt('message.close.icon.lg.size');
        width: dt('message.close.icon.lg.size');
        height: dt('message.close.icon.lg.size');
    }

    .p-message-outlined {
        background: transparent;
        outline-width: dt('message.outlined.border.width');
    }

    .p-message-simple {
        background: transparent;
        outline-color: transparent;
        box-shadow: none;
    }

    .p-message-simple .p-message-content {
        padding: dt('message.simple.content.padding');
    }

    .p-message-outlined .p-message-close-button:hover,
    .p-message-simple .p-message-close-button:hover {
        background: transparent;
    }

    .p-message-enter-active {
        animation: p-animate-message-enter 0.3s ease-out forwards;
        overflow: hidden;
    }

    .p-message-leave-active {
        animation: p-animate-message-leave 0.15s ease-in forwards;
        overflow: hidden;
    }

    @keyframes p-animate-message-enter {
        from {
            opacity: 0;
            grid-template-rows: 0fr;
        }
        to {
            opacity: 1;
            grid-template-rows: 1fr;
        }
    }

    @keyframes p-animate-message-leave {
        from {
            opacity: 1;
            grid-template-rows: 1fr;
        }
        to {
            opacity: 0;
            margin: 0;
            grid-template-rows: 0fr;
        }
    }
`,classes:{root:function(e){var t=e.props;return[`p-message p-component p-message-`+t.severity,{"p-message-outlined":t.variant===`outlined`,"p-message-simple":t.variant===`simple`,"p-message-sm":t.size===`small`,"p-message-lg":t.size===`large`}]},contentWrapper:`p-message-content-wrapper`,content:`p-message-content`,icon:`p-message-icon`,text:`p-message-text`,closeButton:`p-message-close-button`,closeIcon:`p-message-close-icon`}}),$o={name:`BaseMessage`,extends:Ga,props:{severity:{type:String,default:`info`},closable:{type:Boolean,default:!1},life:{type:Number,default:null},icon:{type:String,default:void 0},closeIcon:{type:String,default:void 0},closeButtonProps:{type:null,default:null},size:{type:String,default:null},variant:{type:String,default:null}},style:Qo,provide:function(){return{$pcMessage:this,$parentInstance:this}}};function es(e){"@babel/helpers - typeof";return es=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},es(e)}function ts(e,t,n){return(t=ns(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function ns(e){var t=rs(e,`string`);return es(t)==`symbol`?t:t+``}function rs(e,t){if(es(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(es(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var is={name:`Message`,extends:$o,inheritAttrs:!1,emits:[`close`,`life-end`],timeout:null,data:function(){return{visible:!0}},mounted:function(){var e=this;this.life&&setTimeout(function(){e.visible=!1,e.$emit(`life-end`)},this.life)},methods:{close:function(e){this.visible=!1,this.$emit(`close`,e)}},computed:{closeAriaLabel:function(){return this.$primevue.config.locale.aria?this.$primevue.config.locale.aria.close:void 0},dataP:function(){return gr(ts(ts({outlined:this.variant===`outlined`,simple:this.variant===`simple`},this.severity,this.severity),this.size,this.size))}},directives:{ripple:Ao},components:{TimesIcon:Wo}};function as(e){"@babel/helpers - typeof";return as=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},as(e)}function os(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function ss(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?os(Object(n),!0).forEach(function(t){cs(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):os(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function cs(e,t,n){return(t=ls(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function ls(e){var t=us(e,`string`);return as(t)==`symbol`?t:t+``}function us(e,t){if(as(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(as(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var ds=[`data-p`],fs=[`data-p`],ps=[`data-p`],ms=[`aria-label`,`data-p`],hs=[`data-p`];function gs(e,t,n,r,i,o){var s=l(`TimesIcon`),c=u(`ripple`);return d(),D(We,h({name:`p-message`,appear:``},e.ptmi(`transition`)),{default:y(function(){return[i.visible?(d(),k(`div`,h({key:0,class:e.cx(`root`),role:`alert`,"aria-live":`assertive`,"aria-atomic":`true`,"data-p":o.dataP},e.ptm(`root`)),[Se(`div`,h({class:e.cx(`contentWrapper`)},e.ptm(`contentWrapper`)),[e.$slots.container?O(e.$slots,`container`,{key:0,closeCallback:o.close}):(d(),k(`div`,h({key:1,class:e.cx(`content`),"data-p":o.dataP},e.ptm(`content`)),[O(e.$slots,`icon`,{class:Oe(e.cx(`icon`))},function(){return[(d(),D(f(e.icon?`span`:null),h({class:[e.cx(`icon`),e.icon],"data-p":o.dataP},e.ptm(`icon`)),null,16,[`class`,`data-p`]))]}),e.$slots.default?(d(),k(`div`,h({key:0,class:e.cx(`text`),"data-p":o.dataP},e.ptm(`text`)),[O(e.$slots,`default`)],16,ps)):le(``,!0),e.closable?a((d(),k(`button`,h({key:1,class:e.cx(`closeButton`),"aria-label":o.closeAriaLabel,type:`button`,onClick:t[0]||=function(e){return o.close(e)},"data-p":o.dataP},ss(ss({},e.closeButtonProps),e.ptm(`closeButton`))),[O(e.$slots,`closeicon`,{},function(){return[e.closeIcon?(d(),k(`i`,h({key:0,class:[e.cx(`closeIcon`),e.closeIcon],"data-p":o.dataP},e.ptm(`closeIcon`)),null,16,hs)):(d(),D(s,h({key:1,class:[e.cx(`closeIcon`),e.closeIcon],"data-p":o.dataP},e.ptm(`closeIcon`)),null,16,[`class`,`data-p`]))]})],16,ms)),[[c]]):le(``,!0)],16,fs))],16)],16,ds)):le(``,!0)]}),_:3},16)}is.render=gs;var _s=new TextEncoder,vs={appstream2:`appstream`,cloudhsmv2:`cloudhsm`,email:`ses`,marketplace:`aws-marketplace`,mobile:`AWSMobileHubService`,pinpoint:`mobiletargeting`,queue:`sqs`,"git-codecommit":`codecommit`,"mturk-requester-sandbox":`mturk-requester`,"personalize-runtime":`personalize`},ys=new Set([`authorization`,`content-type`,`content-length`,`user-agent`,`presigned-expires`,`expect`,`x-amzn-trace-id`,`range`,`connection`]),bs=class{constructor({method:e,url:t,headers:n,body:r,accessKeyId:i,secretAccessKey:a,sessionToken:o,service:s,region:c,cache:l,datetime:u,signQuery:d,appendSessionToken:f,allHeaders:p,singleEncode:m}){if(t==null)throw TypeError(`url is a required option`);if(i==null)throw TypeError(`accessKeyId is a required option`);if(a==null)throw TypeError(`secretAccessKey is a required option`);this.method=e||(r?`POST`:`GET`),this.url=new URL(t),this.headers=new Headers(n||{}),this.body=r,this.accessKeyId=i,this.secretAccessKey=a,this.sessionToken=o;let h,g;s&&c||([h,g]=Es(this.url,this.headers)),this.service=s||h||``,this.region=c||g||`us-east-1`,this.cache=l||new Map,this.datetime=u||new Date().toISOString().replace(/[:-]|\.\d{3}/g,``),this.signQuery=d,this.appendSessionToken=f||this.service===`iotdevicegateway`,this.headers.delete(`Host`),this.service===`s3`&&!this.signQuery&&!this.headers.has(`X-Amz-Content-Sha256`)&&this.headers.set(`X-Amz-Content-Sha256`,`UNSIGNED-PAYLOAD`);let _=this.signQuery?this.url.searchParams:this.headers;if(_.set(`X-Amz-Date`,this.datetime),this.sessionToken&&!this.appendSessionToken&&_.set(`X-Amz-Security-Token`,this.sessionToken),this.signableHeaders=[`host`,...this.headers.keys()].filter(e=>p||!ys.has(e)).sort(),this.signedHeaders=this.signableHeaders.join(`;`),this.canonicalHeaders=this.signableHeaders.map(e=>e+`:`+(e===`host`?this.url.host:(this.headers.get(e)||``).replace(/\s+/g,` `))).join(`
`),this.credentialString=[this.datetime.slice(0,8),this.region,this.service,`aws4_request`].join(`/`),this.signQuery&&(this.service===`s3`&&!_.has(`X-Amz-Expires`)&&_.set(`X-Amz-Expires`,`86400`),_.set(`X-Amz-Algorithm`,`AWS4-HMAC-SHA256`),_.set(`X-Amz-Credential`,this.accessKeyId+`/`+this.credentialString),_.set(`X-Amz-SignedHeaders`,this.signedHeaders)),this.service===`s3`)try{this.encodedPath=decodeURIComponent(this.url.pathname.replace(/\+/g,` `))}catch{this.encodedPath=this.url.pathname}else this.encodedPath=this.url.pathname.replace(/\/+/g,`/`);m||(this.encodedPath=encodeURIComponent(this.encodedPath).replace(/%2F/g,`/`)),this.encodedPath=Ts(this.encodedPath);let v=new Set;this.encodedSearch=[...this.url.searchParams].filter(([e])=>{if(!e)return!1;if(this.service===`s3`){if(v.has(e))return!1;v.add(e)}return!0}).map(e=>e.map(e=>Ts(encodeURIComponent(e)))).sort(([e,t],[n,r])=>e<n?-1:e>n?1:t<r?-1:+(t>r)).map(e=>e.join(`=`)).join(`&`)}async sign(){return this.signQuery?(this.url.searchParams.set(`X-Amz-Signature`,await this.signature()),this.sessionToken&&this.appendSessionToken&&this.url.searchParams.set(`X-Amz-Security-Token`,this.sessionToken)):this.headers.set(`Authorization`,await this.authHeader()),{method:this.method,url:this.url,headers:this.headers,body:this.body}}async authHeader(){return[`AWS4-HMAC-SHA256 Credential=`+this.accessKeyId+`/`+this.credentialString,`SignedHeaders=`+this.signedHeaders,`Signature=`+await this.signature()].join(`, `)}async signature(){let e=this.datetime.slice(0,8),t=[this.secretAccessKey,e,this.region,this.service].join(),n=this.cache.get(t);return n||(n=await xs(await xs(await xs(await xs(`AWS4`+this.secretAccessKey,e),this.region),this.service),`aws4_request`),this.cache.set(t,n)),ws(await xs(n,await this.stringToSign()))}async stringToSign(){return[`AWS4-HMAC-SHA256`,this.datetime,this.credentialString,ws(await Ss(await this.canonicalString()))].join(`
`)}async canonicalString(){return[this.method.toUpperCase(),this.encodedPath,this.encodedSearch,this.canonicalHeaders+`
`,this.signedHeaders,await this.hexBodyHash()].join(`
`)}async hexBodyHash(){let e=this.headers.get(`X-Amz-Content-Sha256`)||(this.service===`s3`&&this.signQuery?`UNSIGNED-PAYLOAD`:null);if(e==null){if(this.body&&typeof this.body!=`string`&&!(`byteLength`in this.body))throw Error(`body must be a string, ArrayBuffer or ArrayBufferView, unless you include the X-Amz-Content-Sha256 header`);e=ws(await Ss(this.body||``))}return e}};async function xs(e,t){let n=await crypto.subtle.importKey(`raw`,typeof e==`string`?_s.encode(e):e,{name:`HMAC`,hash:{name:`SHA-256`}},!1,[`sign`]);return crypto.subtle.sign(`HMAC`,n,_s.encode(t))}async function Ss(e){return crypto.subtle.digest(`SHA-256`,typeof e==`string`?_s.encode(e):e)}var Cs=[`0`,`1`,`2`,`3`,`4`,`5`,`6`,`7`,`8`,`9`,`a`,`b`,`c`,`d`,`e`,`f`];function ws(e){let t=new Uint8Array(e),n=``;for(let e=0;e<t.length;e++){let r=t[e];n+=Cs[r>>>4&15],n+=Cs[r&15]}return n}function Ts(e){return e.replace(/[!'()*]/g,e=>`%`+e.charCodeAt(0).toString(16).toUpperCase())}function Es(e,t){let{hostname:n,pathname:r}=e;if(n.endsWith(`.on.aws`)){let e=n.match(/^[^.]{1,63}\.lambda-url\.([^.]{1,63})\.on\.aws$/);return e==null?[``,``]:[`lambda`,e[1]||``]}if(n.endsWith(`.r2.cloudflarestorage.com`))return[`s3`,`auto`];if(n.endsWith(`.backblazeb2.com`)){let e=n.match(/^(?:[^.]{1,63}\.)?s3\.([^.]{1,63})\.backblazeb2\.com$/);return e==null?[``,``]:[`s3`,e[1]||``]}let i=n.replace(`dualstack.`,``).match(/([^.]{1,63})\.(?:([^.]{0,63})\.)?amazonaws\.com(?:\.cn)?$/),a=i&&i[1]||``,o=i&&i[2];if(o===`us-gov`)o=`us-gov-west-1`;else if(o===`s3`||o===`s3-accelerate`)o=`us-east-1`,a=`s3`;else if(a===`iot`)a=n.startsWith(`iot.`)?`execute-api`:n.startsWith(`data.jobs.iot.`)?`iot-jobs-data`:r===`/mqtt`?`iotdevicegateway`:`iotdata`;else if(a===`autoscaling`){let e=(t.get(`X-Amz-Target`)||``).split(`.`)[0];e===`AnyScaleFrontendService`?a=`application-autoscaling`:e===`AnyScaleScalingPlannerFrontendService`&&(a=`autoscaling-plans`)}else o==null&&a.startsWith(`s3-`)?(o=a.slice(3).replace(/^fips-|^external-1/,``),a=`s3`):a.endsWith(`-fips`)?a=a.slice(0,-5):o&&/-\d$/.test(a)&&!/-\d$/.test(o)&&([a,o]=[o,a]);return[vs[a]||a,o||``]}var Ds=class extends Error{status;code;name=`ApiError`;constructor(e,t,n){super(n),this.status=e,this.code=t}},Os=`SESSION_EXPIRED`,ks=/^([A-Za-z][A-Za-z0-9_ ]{1,60}?):\s+([\s\S]+)$/;function As(e,t,n){let r=t;try{r=JSON.parse(t)}catch{}let i;i=typeof r==`string`?r:r&&typeof r==`object`&&typeof r.message==`string`?r.message:t||`The request failed with HTTP ${e}.`;let a=ks.exec(i);return a&&(!a[1].includes(` `)||a[1]===`Invalid Linux cron expression`)?new Ds(e,a[1],a[2]):new Ds(e,n??`HTTP_${e}`,i)}var js=[/expired/i,/signature.*stale/i,/ExpiredToken/i,/security token.*invalid/i];function Ms(e){return e.status!==403&&e.status!==401?!1:js.some(t=>t.test(e.message)||t.test(e.code))}function Ns(e){return e instanceof Ds?e.code.startsWith(`HTTP_`)?e.message:`${e.message} (${e.code})`:e instanceof Error?e.message:String(e)}var Ps=class{opts;constructor(e){this.opts=e}get(e,t={}){return this.request(`GET`,e,t)}post(e,t,n={}){return this.request(`POST`,e,{...n,body:t})}put(e,t,n={}){return this.request(`PUT`,e,{...n,body:t})}delete(e,t,n={}){return this.request(`DELETE`,e,{...n,body:t})}url(e,t){let n=this.opts.baseUrl.replace(/\/+$/,``),r=new URLSearchParams;for(let[e,n]of Object.entries(t??{}))n!==void 0&&r.set(e,String(n));let i=r.toString();return`${n}${e}${i?`?${i}`:``}`}async request(e,t,n={}){let r=this.opts.credentials();if((!r||this.isPastExpiry(r))&&(!await this.opts.renew()||(r=this.opts.credentials(),!r)))throw Fs();let i=await this.send(e,t,n,r);if(i.status===403||i.status===401){let a=As(i.status,await i.text(),i.headers.get(`x-amzn-ErrorType`));if(!Ms(a)&&!this.isPastExpiry(r))throw a;if(!await this.opts.renew())throw Fs();let o=this.opts.credentials();if(!o)throw Fs();i=await this.send(e,t,n,o)}let a=await i.text();if(!i.ok)throw As(i.status,a,i.headers.get(`x-amzn-ErrorType`));if(a!==``)try{return JSON.parse(a)}catch{return a}}isPastExpiry(e){if(!e.expiration)return!1;let t=Date.parse(e.expiration);return Number.isFinite(t)&&t-6e4<=(this.opts.now?.()??Date.now())}async send(e,t,n,r){let i=n.body!==void 0&&e!==`GET`,a=i?JSON.stringify(n.body):void 0,o=await new bs({method:e,url:this.url(t,n.query),headers:i?{"content-type":`application/json`}:{},...a===void 0?{}:{body:a},accessKeyId:r.accessKeyId,secretAccessKey:r.secretAccessKey,...r.sessionToken?{sessionToken:r.sessionToken}:{},service:`execute-api`,region:this.opts.region}).sign();return(this.opts.fetch??globalThis.fetch.bind(globalThis))(o.url.toString(),{method:e,headers:o.headers,...a===void 0?{}:{body:a},...n.signal?{signal:n.signal}:{}})}};function Fs(){return new Ds(403,Os,`Your session has expired. Sign in again to continue.`)}var $=encodeURIComponent;function Is(e){return{stackInfo:()=>e.get(`/stack-info`),regions:()=>e.get(`/regions`),vcpuDetails:()=>e.get(`/vCPUDetails`),tasks:()=>e.get(`/tasks`),attachLiveData:()=>e.post(`/iot/attach`,{}),listScenarios:()=>e.get(`/scenarios`),getScenario:(t,n={})=>e.get(`/scenarios/${$(t)}`,{query:n}),saveScenario:t=>e.post(`/scenarios`,t),cancelScenario:t=>e.post(`/scenarios/${$(t)}`,{action:`stop`}),deleteScenario:t=>e.delete(`/scenarios/${$(t)}`),scriptUploadUrl:(t,n)=>e.post(`/scenarios/${$(t)}/script`,n),listRuns:(t,n={})=>e.get(`/scenarios/${$(t)}/testruns`,{query:{...n}}),getRun:(t,n)=>e.get(`/scenarios/${$(t)}/testruns/${$(n)}`),deleteRuns:(t,n)=>e.delete(`/scenarios/${$(t)}/testruns`,n),timeseries:(t,n)=>e.get(`/scenarios/${$(t)}/testruns/${$(n)}/timeseries`),artifacts:(t,n)=>e.get(`/scenarios/${$(t)}/testruns/${$(n)}/artifacts`),report:(t,n,r)=>e.get(`/scenarios/${$(t)}/testruns/${$(n)}/report`,{query:{format:r}}),getBaseline:(t,n=!0)=>e.get(`/scenarios/${$(t)}/baseline`,{query:{data:n}}),setBaseline:(t,n)=>e.put(`/scenarios/${$(t)}/baseline`,{testRunId:n}),clearBaseline:t=>e.delete(`/scenarios/${$(t)}/baseline`)}}var Ls=`modulepreload`,Rs=function(e){return`/`+e},zs={},Bs=function(e){return e.pathname.endsWith(`.css`)},Vs=function(e,t,n){if(t in e)return e[t];let r=n();if(!r){e[t]=void 0;return}let i=r.then(()=>{e[t]=void 0},n=>{throw e[t]=void 0,n});return e[t]=i,i},Hs=function(e,t,n){let r=Promise.resolve();if(t&&t.length>0){let e,i=document.querySelector(`meta[property=csp-nonce]`),a=i?.nonce||i?.getAttribute(`nonce`);function o(e){return Promise.all(e.map(e=>Promise.resolve(e).then(e=>({status:`fulfilled`,value:e}),e=>({status:`rejected`,reason:e}))))}function s(e){return import.meta.resolve?new URL(import.meta.resolve(e)):new URL(e,import.meta.url)}r=o(t.map(t=>{t=Rs(t,n);let r=s(t),i=Bs(r);return Vs(zs,r.href,()=>{if(e===void 0){e={all:new Set,styles:new Set};let t=document.getElementsByTagName(`link`);for(let n=t.length-1;n>=0;n--){let r=t[n];e.all.add(r.href),r.rel===`stylesheet`&&e.styles.add(r.href)}}if((i?e.styles:e.all).has(r.href))return;let t=document.createElement(`link`);if(t.rel=i?`stylesheet`:Ls,i||(t.as=`script`),t.crossOrigin=``,t.href=r.href,a&&t.setAttribute(`nonce`,a),document.head.appendChild(t),i)return new Promise((e,n)=>{let i=a=>{t.removeEventListener(`load`,i),t.removeEventListener(`error`,i),a.type===`error`?n(Error(`Unable to preload CSS for ${r}`)):e(a)};t.addEventListener(`load`,i),t.addEventListener(`error`,i)})})}).filter(e=>e!==void 0))}function i(e){let t=new Event(`vite:preloadError`,{cancelable:!0});if(t.payload=e,window.dispatchEvent(t),!t.defaultPrevented)throw e}return r.then(t=>{for(let e of t||[])e.status===`rejected`&&i(e.reason);return e().catch(i)})};function Us(e){return`https://cognito-idp.${e.region}.amazonaws.com/${e.userPoolId}`}function Ws(e){return`cognito-idp.${e.region}.amazonaws.com/${e.userPoolId}`}async function Gs(e,t=window.location.origin){let{UserManager:n,WebStorageStateStore:r}=await Hs(async()=>{let{UserManager:e,WebStorageStateStore:t}=await import(`./oidc-BBbP7I1r.js`).then(e=>e.t);return{UserManager:e,WebStorageStateStore:t}},__vite__mapDeps([0,1]));return new n({authority:Us(e),client_id:e.userPoolClientId,redirect_uri:`${t}/login`,post_logout_redirect_uri:`${t}/login`,response_type:`code`,scope:`openid email profile`,userStore:new r({store:window.sessionStorage}),automaticSilentRenew:!1,metadataSeed:{authorization_endpoint:`${e.cognitoDomain}/oauth2/authorize`,token_endpoint:`${e.cognitoDomain}/oauth2/token`,end_session_endpoint:`${e.cognitoDomain}/logout`}})}function Ks(e,t=window.location.origin){let n=new URLSearchParams({client_id:e.userPoolClientId,logout_uri:`${t}/login`});return`${e.cognitoDomain}/logout?${n}`}async function qs(e,t,n,r){let i=await r(`https://cognito-identity.${e.region}.amazonaws.com/`,{method:`POST`,headers:{"content-type":`application/x-amz-json-1.1`,"x-amz-target":`AWSCognitoIdentityService.${t}`},body:JSON.stringify(n)}),a=await i.json().catch(()=>({}));if(!i.ok)throw Error(`Cognito Identity ${t} failed: ${a.message??a.__type??`HTTP ${i.status}`}`);return a}async function Js(e,t,n=fetch){let r={[Ws(e)]:t},{IdentityId:i}=await qs(e,`GetId`,{IdentityPoolId:e.identityPoolId,Logins:r},n),{Credentials:a}=await qs(e,`GetCredentialsForIdentity`,{IdentityId:i,Logins:r},n);return{identityId:i,accessKeyId:a.AccessKeyId,secretAccessKey:a.SecretKey,sessionToken:a.SessionToken,expiration:new Date(a.Expiration*1e3).toISOString()}}var Ys=`dlt.credentials`,Xs=`dlt.returnTo`,Zs=`dlt.draft:`,Qs=`dlt.loginAttempts`;function $s(e=sessionStorage){let t=e.getItem(Ys);if(t)try{let e=JSON.parse(t);return typeof e.accessKeyId==`string`&&typeof e.secretAccessKey==`string`?e:void 0}catch{return}}function ec(e,t=sessionStorage){t.setItem(Ys,JSON.stringify(e))}function tc(e=sessionStorage){let t=[];for(let n=0;n<e.length;n++){let r=e.key(n);r&&(r.startsWith(`dlt.`)||r.startsWith(`oidc.`))&&t.push(r)}for(let n of t)e.removeItem(n)}var nc=new Map;function rc(e,t){return nc.set(e,t),()=>{nc.get(e)===t&&nc.delete(e)}}function ic(e=sessionStorage){let t=0;for(let[n,r]of nc)try{e.setItem(Zs+n,JSON.stringify({savedAt:new Date().toISOString(),value:r()})),t++}catch{}return t}function ac(e,t=sessionStorage){let n=t.getItem(Zs+e);if(n){t.removeItem(Zs+e);try{return JSON.parse(n)}catch{return}}}async function oc(e,t,n=fetch){let r=await n(e.loginPath,{method:`POST`,headers:{"content-type":`application/json`},body:JSON.stringify({token:t}),cache:`no-store`});if(r.status===401)throw Error("This login link is invalid, already used or expired. Run `dlt local login-link` for a new one (or restart `dlt local up`).");if(!r.ok)throw Error(`Signing in failed: HTTP ${r.status}.`);let i=await r.json();if(typeof i.accessKeyId!=`string`||typeof i.secretAccessKey!=`string`)throw Error(`Signing in failed: the server sent no credentials.`);return i}function sc(e){return new URLSearchParams(e.replace(/^#/,``)).get(`token`)??void 0}var cc=Rn(`session`,()=>{let e=ae(null),t=p($s()),n=ae({}),r=he(()=>t.value!==void 0);function i(t,r={}){e.value=t,n.value=r}function a(){if(!e.value)throw Error(`The console settings are not loaded yet.`);return e.value}function o(e){t.value=e,ec(e)}let s=he(()=>{let r=e.value;if(r)return new Ps({baseUrl:r.apiBaseUrl,region:r.region,credentials:()=>t.value,renew:f,...n.value.fetch?{fetch:n.value.fetch}:{}})}),c=he(()=>{let e=s.value;if(!e)throw Error(`The console settings are not loaded yet.`);return Is(e)});async function l(e){let t=a();if(t.mode!==`local`)throw Error(`Login links are for local mode only.`);o(await oc(t,e,n.value.fetch))}async function u(){let e=a();e.mode===`aws`&&await(await Gs(e)).signinRedirect()}async function d(){let e=a();if(e.mode!==`aws`)return;let t=await(await Gs(e)).signinRedirectCallback();if(!t.id_token)throw Error(`Cognito returned no ID token.`);o(await Js(e,t.id_token,n.value.fetch))}async function f(){let t=e.value;if(t?.mode===`aws`)try{let e=await(await Gs(t)).signinSilent();if(e?.id_token)return o(await Js(t,e.id_token,n.value.fetch)),!0}catch{}return m(),!1}function m(){ic();let e=n.value.currentPath?.()??`${window.location.pathname}${window.location.search}`;e.startsWith(`/login`)||sessionStorage.setItem(Xs,e),t.value=void 0,sessionStorage.removeItem(`dlt.credentials`),(n.value.navigate??(e=>window.location.assign(e)))(`/login?expired=1`)}function h(){let e=sessionStorage.getItem(Xs);return sessionStorage.removeItem(Xs),e?.startsWith(`/`)&&!e.startsWith(`//`)?e:`/`}function g(){let r=e.value;t.value=void 0,tc(),(n.value.navigate??(e=>window.location.assign(e)))(r?.mode===`aws`?Ks(r):`/login?signedOut=1`)}return{config:e,credentials:t,signedIn:r,client:s,api:c,configure:i,setCredentials:o,loginWithToken:l,startHostedLogin:u,completeHostedLogin:d,renew:f,sendToLogin:m,takeReturnPath:h,signOut:g}});export{Ur as $,ni as A,Zn as At,oi as B,G as C,or as Ct,Ar as D,Xn as Dt,_i as E,er as Et,Fr as F,Bt as Ft,si as G,Cr as H,fi as I,an as It,Yr as J,Nr as K,Zr as L,ot as Lt,ui as M,Tn as Mt,Xr as N,Rn as Nt,li as O,F as Ot,Qr as P,We as Pt,ei as Q,ti as R,en as Rt,U as S,tr as St,Bi as T,fr as Tt,Kr as U,ii as V,_r as W,jr as X,Vr as Y,vr as Z,$a as _,gr as _t,Qs as a,wr as at,va as b,cr as bt,Os as c,Hr as ct,is as d,zr as dt,mi as et,Wo as f,br as ft,eo as g,Wr as gt,ho as h,Jr as ht,ac as i,Gr as it,Mr as j,I as jt,ai as k,Yn as kt,Ns as l,kr as lt,Ao as m,Pr as mt,sc as n,Sr as nt,Hs as o,pi as ot,Bo as p,di as pt,Lr as q,rc as r,qr as rt,Ds as s,Dr as st,cc as t,hi as tt,bs as u,ci as ut,Ga as v,hr as vt,Ei as w,ur as wt,K as x,ar as xt,Y as y,dr as yt,$r as z,Qt as zt};