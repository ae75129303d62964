// usage: node prof.cjs file.cpuprofile [topN] [filterRegex for inclusive]
const fs=require('fs');const p=JSON.parse(fs.readFileSync(process.argv[2]));const N=+process.argv[3]||25;
const nodes=new Map();for(const n of p.nodes)nodes.set(n.id,n);
const parent=new Map();for(const n of p.nodes)for(const c of n.children||[])parent.set(c,n.id);
const dt=new Map();const s=p.samples,t=p.timeDeltas;for(let i=0;i<s.length;i++)dt.set(s[i],(dt.get(s[i])||0)+(t[i+1]||0));
const self=new Map(),incl=new Map();
const key=n=>`${n.callFrame.functionName||'(anon)'} ${(n.callFrame.url||'').split('/').pop()}:${n.callFrame.lineNumber+1}`;
for(const [id,d] of dt){const n=nodes.get(id);const k=key(n);self.set(k,(self.get(k)||0)+d);
 const seen=new Set();let cur=id;while(cur!==undefined){const kk=key(nodes.get(cur));if(!seen.has(kk)){seen.add(kk);incl.set(kk,(incl.get(kk)||0)+d);}cur=parent.get(cur);}}
const total=[...dt.values()].reduce((a,b)=>a+b,0);
console.log('total ms',(total/1000).toFixed(1));
const pr=(m,title)=>{console.log('--',title);[...m].sort((a,b)=>b[1]-a[1]).slice(0,N).forEach(([k,v])=>console.log((v/1000).toFixed(1).padStart(8),k));};
pr(self,'self');pr(incl,'inclusive');
